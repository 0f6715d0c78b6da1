package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

class PressroomToolTest {
  static final String SAMPLE = "src/main/resources/org/pressroom/examples/sample.release.json";
  static final String CLI = "src/test/resources/cli/";

  /** What one run of the tool printed, and its exit status. */
  record Result(int status, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, UTF_8);
    }

    List<String> outLines() {
      return out().lines().toList();
    }
  }

  /** Runs the tool with standard input a terminal: nothing piped. */
  static Result run(String... args) {
    return run(new byte[0], false, args);
  }

  /** Runs the tool with {@code stdin} piped to it. */
  static Result run(byte[] stdin, String... args) {
    return run(stdin, true, args);
  }

  static Result run(byte[] stdin, boolean piped, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        PressroomTool.run(
            args,
            new ByteArrayInputStream(stdin),
            piped,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    return new Result(status, out.toByteArray(), err.toString(UTF_8));
  }

  /**
   * The reader's own reason for refusing a file, so that a test can check the rest of the line
   * exactly.
   */
  static String reason(String file) throws IOException {
    try {
      ReleaseReader.strict().read(Path.of(file));
    } catch (ReadException e) {
      return e.reason();
    }
    throw new AssertionError(file + " was read without an error");
  }

  @Test
  void refusesToReadADirectory() {
    Result r = run("validate", "--quiet", CLI);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines())
        .containsExactly(CLI + ": cannot read: is a directory", "0 valid, 1 invalid");
  }

  @Test
  void reportsABugInTheReaderOnOneLineAndGoesOn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Loader crashing =
        (file, stdin) -> {
          if (file.equals("deep.json")) {
            throw new StackOverflowError();
          }
          throw new IllegalStateException("oops\nsecond line");
        };

    int status =
        PressroomTool.run(
            new String[] {"validate", "deep.json", "odd.json"},
            InputStream.nullInputStream(),
            new PrintStream(out, true, UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
            crashing);

    assertThat(status).isEqualTo(1);
    assertThat(out.toString(UTF_8).lines())
        .containsExactly(
            "deep.json: internal error: java.lang.StackOverflowError",
            "odd.json: internal error: java.lang.IllegalStateException: oops\\u000asecond line",
            "0 valid, 2 invalid");
  }

  @Test
  void formatExitsWith2ForAMissingFile() {
    Result r = run("format", "no-such-file.json");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("no-such-file.json: cannot read: no such file\n");
  }

  @Test
  void inspectSummarisesEveryFieldOfTheModel() {
    Release release =
        Release.builder()
            .title("Built in code")
            .modifiedAt(LocalDateTime.of(2026, 1, 2, 3, 4, 5))
            .url(URI.create("https://press.example.com/built"))
            .culture(Culture.of("nl_BE"))
            .language("NL")
            .slug("built")
            .body("<p>Hi</p>")
            .addContact(Contact.builder("Ada").telephone("+32 2 000").build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        PressroomTool.run(
            new String[] {"inspect", "built.json"},
            InputStream.nullInputStream(),
            new PrintStream(out, true, UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
            (file, stdin) -> release);

    assertThat(status).isZero();
    assertThat(out.toString(UTF_8).lines())
        .startsWith(
            "Title:       Built in code",
            "Subtitle:    (none)",
            "Modified:    2026-01-02 03:04:05",
            "Published:   (not published)",
            "URL:         https://press.example.com/built",
            "Short URL:   (none)",
            "Slug:        built",
            "Culture:     nl_BE",
            "Language:    NL",
            "Author:      (none)",
            "Main visual: (none)",
            "Header:      (none)",
            "HTML:        9 characters",
            "",
            "Contacts (1):",
            "  Ada",
            "    Telephone:   +32 2 000",
            "");
  }

  @Test
  void printsUsageAndExitsWith2WithoutArguments() {
    Result r = run();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("usage: pressroom COMMAND");
  }

  @Test
  void printsUsageOnStandardOutputForHelp() {
    Result r = run("--help");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("usage: pressroom COMMAND")
        .contains("validate [--quiet] FILE...");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void printsACommandsUsageForItsHelp() {
    Result r = run("validate", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("usage: pressroom validate [--quiet] FILE...\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "frobnicate                   ; unknown command: frobnicate",
        "--frobnicate                 ; unknown option: --frobnicate",
        "validate                     ; validate needs at least one FILE",
        "validate --bogus x.json      ; unknown option: --bogus",
        "format a.json b.json         ; expected at most one FILE, got 2",
        "inspect --yaml               ; unknown option: --yaml",
        "convert x.json               ; convert needs --to text|markdown|html|body-json|ninjs|jsonld|prezly",
        "convert --to pdf x.json      ; unknown --to value: pdf (expected text, markdown, html, body-json, ninjs, jsonld or prezly)",
        "convert --from html --to text x.json ; unknown --from value: html (expected release or body-json)",
        "convert --from body-json --to ninjs x.json ; --to ninjs needs a release: it cannot convert --from body-json",
        "convert --to ninjs --zone Mars/Base x.json ; unknown --zone value: Mars/Base (expected a zone such as UTC, Europe/Brussels or +02:00)",
        "schema                       ; schema needs one of release or body",
        "schema toast                 ; unknown schema: toast (expected release or body)",
        "convert --to                 ; option --to needs a value",
        "convert --to text --to html  ; option --to given more than once",
        "format                       ; format needs a FILE, or a release piped to standard input ('-' reads it anyway)",
        "convert --to text            ; convert needs a FILE, or a release piped to standard input ('-' reads it anyway)",
        "validate --quiet=yes x.json  ; option --quiet takes no value",
        "help frobnicate              ; help takes one COMMAND: validate, format, inspect, convert, schema",
      })
  void rejectsBadCommandLinesWithStatus2(String commandLine, String message) {
    Result r = run(commandLine.split(" "));

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("pressroom: " + message + "\nTry 'pressroom --help' for more information.\n");
  }
}
