package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool end to end on hostile input: every JSONTestSuite parsing file at once on a 512 KB thread
 * stack, and {@code inspect --json} on a release holding each hostile body of the html module
 * ({@code html/src/test/resources/hostile}, read in place).
 */
class CliRobustnessTest {
  static final Path SUITE =
      Path.of("..", "core", "src", "test", "resources", "json-test-suite", "test_parsing");
  static final Path HOSTILE = Path.of("..", "html", "src", "test", "resources", "hostile");

  /**
   * Runs the tool in a thread with a 512 KB stack, as the issue asks, and returns what it printed.
   */
  static PressroomToolTest.Result onSmallStack(byte[] stdin, String... args)
      throws InterruptedException {
    AtomicReference<PressroomToolTest.Result> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                result.set(PressroomToolTest.run(stdin, args));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            512 * 1024);
    t.start();
    t.join();
    assertThat(failure.get()).as("nothing escapes the tool").isNull();
    return result.get();
  }

  static void noStackTrace(PressroomToolTest.Result r) {
    for (String s : List.of(r.out(), r.err())) {
      assertThat(s).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void validatesEveryJsonTestSuiteFileAtOnceOnASmallStack() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(SUITE)) {
      files = s.map(Path::toString).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(318);
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(files);

    PressroomToolTest.Result r = onSmallStack(new byte[0], args.toArray(String[]::new));

    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(319);
    for (int i = 0; i < files.size(); i++) {
      assertThat(lines.get(i))
          .startsWith(files.get(i) + ":")
          .hasSizeLessThan(files.get(i).length() + 400);
    }
    assertThat(lines.get(318)).isEqualTo("0 valid, 318 invalid");
    assertThat(r.err()).isEmpty();
    noStackTrace(r);
  }

  static Stream<Named<Path>> hostileBodies() throws IOException {
    try (Stream<Path> s = Files.list(HOSTILE)) {
      List<Path> files =
          s.filter(p -> p.toString().endsWith(".gen")).sorted().collect(Collectors.toList());
      assertThat(files).isNotEmpty();
      return files.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void inspectsAReleaseWithAHostileBody(Path gen) throws Exception {
    String sample = Files.readString(Path.of(PressroomToolTest.SAMPLE), UTF_8);
    int start = sample.indexOf("\"body\": \"") + "\"body\": ".length();
    int end = sample.indexOf(",\n    \"mainvisual\"");
    String release =
        sample.substring(0, start)
            + jsonString(expand(Files.readString(gen, UTF_8)))
            + sample.substring(end);

    PressroomToolTest.Result r = onSmallStack(release.getBytes(UTF_8), "inspect", "--json", "-");

    noStackTrace(r);
    if (r.status() == 0) {
      assertThat(r.out()).startsWith("{\n    \"release\": ").contains("\n    \"body\": {");
    } else {
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err())
          .hasSizeLessThan(1_000)
          .matches("(?s)-:\\d+:\\d+: /body: .*(limit|longer than).*");
    }
  }

  /**
   * The html module's {@code .gen} descriptor language: {@code text S}, {@code repeat N S}, {@code
   * \}{@code uXXXX}.
   */
  static String expand(String descriptor) {
    StringBuilder out = new StringBuilder();
    for (String line : descriptor.split("\n")) {
      if (line.startsWith("text ")) {
        out.append(unescape(line.substring(5)));
      } else if (line.startsWith("repeat ")) {
        int space = line.indexOf(' ', 7);
        out.append(
            unescape(line.substring(space + 1)).repeat(Integer.parseInt(line.substring(7, space))));
      }
    }
    return out.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A JSON string literal: quotes, backslashes, controls and every surrogate (lone ones included)
   * escaped.
   */
  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
