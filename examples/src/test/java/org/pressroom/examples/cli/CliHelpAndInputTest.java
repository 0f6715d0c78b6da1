package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a Unix user expects: --version, COMMAND --help, 80 columns, piped standard input. */
class CliHelpAndInputTest {
  private static final String PIPED = PressroomToolTest.CLI + "non-ascii-title.json";

  static Stream<String> commands() {
    return PressroomTool.COMMANDS.stream().map(c -> c.spec().name());
  }

  private static void assertWithin80Columns(String text) {
    assertThat(text.lines())
        .allSatisfy(
            line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(80));
  }

  @Test
  void printsTheVersion() {
    PressroomToolTest.Result r = PressroomToolTest.run("--version");

    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("pressroom [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\n");
    assertThat(PressroomToolTest.run("-V").out()).isEqualTo(r.out());
  }

  @Test
  void theToolsHelpListsEveryCommandWithin80Columns() {
    String help = PressroomToolTest.run("--help").out();

    assertWithin80Columns(help);
    assertThat(help)
        .contains(
            "  validate [--quiet] FILE...",
            "  format [FILE|-]",
            "  inspect [--json] [FILE|-]",
            "  convert [--from SOURCE] --to FORM [--main] [--zone ZONE] [FILE|-]",
            "  schema release|body",
            "pressroom --version | --help | COMMAND --help");
    assertThat(PressroomToolTest.run("help").out()).isEqualTo(help);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void eachCommandsHelpExplainsEachOptionWithin80Columns(String command) {
    PressroomToolTest.Result r = PressroomToolTest.run(command, "--help");
    Command c =
        PressroomTool.COMMANDS.stream()
            .filter(x -> x.spec().name().equals(command))
            .findFirst()
            .orElseThrow();

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertWithin80Columns(r.out());
    assertThat(r.out()).startsWith("usage: pressroom " + command + " ").contains("  -h, --help ");
    for (CommandSpec.Option o : c.spec().options()) {
      // The option's label, then the first words of its explanation on the same line.
      String firstWords = o.help().substring(0, o.help().indexOf(' ', 10));
      assertThat(r.out())
          .containsPattern(
              "(?m)^  "
                  + java.util.regex.Pattern.quote(o.label())
                  + " +"
                  + java.util.regex.Pattern.quote(firstWords));
    }
    assertThat(PressroomToolTest.run("help", command).out()).isEqualTo(r.out());
    assertThat(PressroomToolTest.run(command, "-h").out()).isEqualTo(r.out());
  }

  @Test
  void convertsHelpNamesEveryForm() {
    assertThat(PressroomToolTest.run("convert", "--help").out())
        .contains("  --to FORM ", "text, markdown, html or body-json");
  }

  @Test
  void wrapsLongTextAtSpacesAndKeepsAnOverlongWordWhole() {
    String word = "x".repeat(90);
    assertThat(CommandSpec.wrap("a " + word + " b", "  ", "    "))
        .containsExactly("  a", "    " + word, "    b");
    assertThat(CommandSpec.wrap("one two", "", "")).containsExactly("one two");
  }

  @Test
  void inspectReadsPipedInputRatherThanTheSample() throws IOException {
    byte[] piped = Files.readAllBytes(Path.of(PIPED));

    PressroomToolTest.Result r = PressroomToolTest.run(piped, "inspect");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Title:       Caf\u00e9 in Br\u00fcssel")
        .doesNotContain("immunotherapy");
    assertThat(PressroomToolTest.run(piped, "inspect", "-").out()).isEqualTo(r.out());
    assertThat(r.out()).isEqualTo(PressroomToolTest.run("inspect", PIPED).out());
  }

  @Test
  void inspectShowsTheSampleWhenNothingIsPiped() {
    assertThat(PressroomToolTest.run("inspect").out()).contains("immunotherapy");
  }

  @Test
  void convertAndFormatReadPipedInput() throws IOException {
    byte[] piped = Files.readAllBytes(Path.of(PIPED));

    assertThat(PressroomToolTest.run(piped, "convert", "--to", "text").out())
        .isEqualTo(PressroomToolTest.run("convert", "--to", "text", PIPED).out())
        .isNotEmpty();
    assertThat(PressroomToolTest.run(piped, "format").out()).isEqualTo(new String(piped, UTF_8));
  }

  @Test
  void aDashReadsStandardInputEvenWhenItIsNotPiped() throws IOException {
    byte[] input = Files.readAllBytes(Path.of(PIPED));

    PressroomToolTest.Result r = PressroomToolTest.run(input, false, "format", "-");

    assertThat(r.status()).isZero();
    assertThat(r.outBytes()).isEqualTo(input);
  }
}
