package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tool end to end on real files: needs the strict reader, the canonical writer and the body
 * model. The tests that need none of them are in {@link PressroomToolTest}.
 */
class PressroomToolEndToEndTest {
  static final String SAMPLE = PressroomToolTest.SAMPLE;
  static final String CLI = PressroomToolTest.CLI;

  static PressroomToolTest.Result run(String... args) {
    return PressroomToolTest.run(args);
  }

  static PressroomToolTest.Result run(byte[] stdin, String... args) {
    return PressroomToolTest.run(stdin, args);
  }

  static String reason(String file) throws IOException {
    return PressroomToolTest.reason(file);
  }

  @Test
  void validatesTheSample() {
    PressroomToolTest.Result r = run("validate", SAMPLE);

    assertThat(r.status()).isZero();
    assertThat(r.outLines()).contains(SAMPLE + ": ok").last().isEqualTo("1 valid, 0 invalid");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void quietValidationPrintsOnlyTheSummaryForValidFiles() {
    PressroomToolTest.Result r = run("validate", "--quiet", SAMPLE, CLI + "valid.json");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("2 valid, 0 invalid\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad-url.json              | 5:12 | /url",
        "version-as-string.json    | 16:23 | /format_version",
        "contact-without-name.json | 16:21 | /contacts/0/name",
        "not-an-object.json        | 1:1 | \"\"",
      })
  void printsEachErrorAsFileLineColumnPointerMessage(String name, String location, String pointer)
      throws IOException {
    String file = CLI + name;

    PressroomToolTest.Result r = run("validate", "--quiet", file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            file
                + ":"
                + location
                + ": "
                + pointer
                + ": "
                + reason(file)
                + "\n0 valid, 1 invalid\n");
  }

  @Test
  void leavesOutThePointerWhenTheErrorIsInNoValue() throws IOException {
    String file = CLI + "content-after-root.json";

    PressroomToolTest.Result r = run("validate", file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines()).containsExactly(file + ":18:1: " + reason(file), "0 valid, 1 invalid");
  }

  @Test
  void reportsMalformedJsonWhereItIs() {
    String file = CLI + "single-quotes.json";

    PressroomToolTest.Result r = run("validate", file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).startsWith(file + ":1:2: ");
    assertThat(r.outLines().get(1)).isEqualTo("0 valid, 1 invalid");
  }

  @Test
  void checksEveryFileAndReportsInOrder() throws IOException {
    PressroomToolTest.Result r =
        run("validate", CLI + "bad-url.json", SAMPLE, CLI + "version-as-string.json");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsSubsequence(
            CLI + "bad-url.json:5:12: /url: " + reason(CLI + "bad-url.json"),
            SAMPLE + ": ok",
            CLI
                + "version-as-string.json:16:23: /format_version: "
                + reason(CLI + "version-as-string.json"),
            "1 valid, 2 invalid");
    assertThat(r.outLines()).last().isEqualTo("1 valid, 2 invalid");
  }

  @Test
  void quietStillReportsErrors() throws IOException {
    PressroomToolTest.Result r = run("validate", "-q", SAMPLE, CLI + "bad-url.json");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            CLI + "bad-url.json:5:12: /url: " + reason(CLI + "bad-url.json"), "1 valid, 1 invalid");
  }

  @Test
  void countsAMissingFileAsInvalidAndExitsWith2() {
    PressroomToolTest.Result r = run("validate", CLI + "no-such-file.json", SAMPLE);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.outLines())
        .first()
        .isEqualTo(CLI + "no-such-file.json: cannot read: no such file");
    assertThat(r.outLines()).last().isEqualTo("1 valid, 1 invalid");
  }

  @Test
  void readsStandardInputForADash() throws IOException {
    PressroomToolTest.Result r =
        run(Files.readAllBytes(Path.of(SAMPLE)), "validate", "--quiet", "-");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("1 valid, 0 invalid\n");
  }

  @Test
  @Timeout(120)
  void validatesHundredsOfFilesWithOneLineEach() throws IOException {
    // The copy of JSONTestSuite that core's tests use, so that this runs on a fresh clone.
    Path suite = Path.of("../core/src/test/resources/json-test-suite/test_parsing");
    assertThat(suite).as("JSONTestSuite in core's test resources").isDirectory();
    List<String> args = new ArrayList<>(List.of("validate", "--quiet"));
    try (Stream<Path> files = Files.list(suite)) {
      files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .forEach(p -> args.add(p.toString()));
    }
    int n = args.size() - 2;

    PressroomToolTest.Result r = run(args.toArray(String[]::new));

    assertThat(r.outLines()).hasSize(n + 1);
    assertThat(r.outLines()).last().isEqualTo("0 valid, " + n + " invalid");
    assertThat(r.outLines())
        .noneMatch(line -> line.contains("internal error") || line.contains("\tat "));
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void formatsTheSampleToItsExactBytes() throws IOException {
    PressroomToolTest.Result r = run("format", SAMPLE);

    assertThat(r.status()).isZero();
    assertThat(r.outBytes()).isEqualTo(Files.readAllBytes(Path.of(SAMPLE)));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void formatsStandardInput() throws IOException {
    byte[] sample = Files.readAllBytes(Path.of(CLI + "non-ascii-title.json"));

    assertThat(run(sample, "format").outBytes()).isEqualTo(sample);
    assertThat(run(sample, "format", "-").outBytes()).isEqualTo(sample);
  }

  @Test
  void formatReportsAnInvalidReleaseOnStandardError() throws IOException {
    String file = CLI + "bad-url.json";

    PressroomToolTest.Result r = run("format", file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(file + ":5:12: /url: " + reason(file) + "\n");
  }

  @Test
  void inspectsTheBundledSample() {
    PressroomToolTest.Result r = run("inspect");

    assertThat(r.status()).isZero();
    assertThat(r.outLines())
        .contains(
            "Title:       From insight to impact: building tomorrow's immunotherapy together",
            "Modified:    2026-06-10 10:26:21",
            "Published:   2026-06-10 10:29:00",
            "URL:         https://press.vub.ac.be/from-insight-to-impact-building-tomorrows-immunotherapy-together",
            "Culture:     en",
            "Language:    EN",
            "Author:      Koen Stein",
            "Contacts (1):",
            "  Koen Stein",
            "    Description: Perscontact wetenschap & onderzoek",
            "    Email:       koen.stein@vub.be",
            "    Mobile:      +32 (0)471517909",
            "    Website:     https://vub.be");
  }

  @Test
  void inspectsAFileLikeTheSample() {
    assertThat(run("inspect", SAMPLE).out()).isEqualTo(run("inspect").out());
  }

  @Test
  void inspectShowsTheBodyOutline() {
    PressroomToolTest.Result r = run("inspect");

    assertThat(r.outLines())
        .contains(
            "Dateline:    BRUSSELS, 2026-06-08 (BRUSSELS, 8 June 2026)",
            "  h2 Brussels innovation with 'nanobodies' (inferred)",
            "Links (5):");
  }

  @Test
  void inspectMarksWhichBodyContactIsWhichReleaseContact() {
    PressroomToolTest.Result r = run("inspect");

    // The sample's card repeats contacts[0] field for field; its "Contact:" paragraph names someone
    // else.
    assertThat(r.outLines())
        .containsSubsequence(
            "Body contacts (2):",
            "  text  Dr Isabelle Houbracken <Isabelle.houbracken@vub.be>  (not a release contact)",
            "  card  Koen Stein <koen.stein@vub.be>  = release contact 1");
  }

  @Test
  void inspectShowsEveryFieldFoundForABodyContact() {
    PressroomToolTest.Result r = run("inspect");

    // The card's fields, as the sample's contacts[0] holds them.
    assertThat(r.outLines())
        .containsSubsequence(
            "  card  Koen Stein <koen.stein@vub.be>  = release contact 1",
            "        description: Perscontact wetenschap & onderzoek",
            "        email:       koen.stein@vub.be",
            "        website:     https://vub.be",
            "        mobile:      +32 (0)471517909");
  }

  @Test
  void inspectAsJsonHoldsTheCanonicalRelease() throws IOException {
    String sample = Files.readString(Path.of(SAMPLE), UTF_8);

    PressroomToolTest.Result r = run("inspect", "--json");

    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("{\n    \"release\": " + sample.replace("\n", "\n    ") + ",\n    \"body\": {");
    assertThat(r.out()).endsWith("\n}\n");
  }

  @Test
  void writesUtf8WhateverTheStreamsCharset() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        PressroomTool.run(
            new String[] {"inspect", CLI + "non-ascii-title.json"},
            InputStream.nullInputStream(),
            new PrintStream(out, true, ISO_8859_1),
            new PrintStream(new ByteArrayOutputStream(), true, ISO_8859_1));

    assertThat(status).isZero();
    assertThat(out.toString(UTF_8))
        .contains("Title:       Caf\u00e9 in Br\u00fcssel \u2014 \ud83d\udcf0\n");
  }

  @Test
  void convertsTheBodyToText() {
    PressroomToolTest.Result r = run("convert", "--to", "text", SAMPLE);

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Brussels innovation with 'nanobodies'");
  }

  @Test
  void convertsOnlyTheLeadAndBodyWithMain() {
    for (String to : new String[] {"text", "markdown", "html", "body-json"}) {
      PressroomToolTest.Result all = run("convert", "--to", to, SAMPLE);
      PressroomToolTest.Result main = run("convert", "--to", to, "--main", SAMPLE);

      assertThat(main.status()).as(to).isZero();
      assertThat(all.out()).as(to).contains("Houbracken").contains("Koen Stein");
      assertThat(main.out())
          .as(to)
          .contains("Brussels innovation with")
          .doesNotContain("Houbracken")
          .doesNotContain("Koen Stein");
    }
    assertThat(run("convert", "--to", "body-json", "--main", SAMPLE).out())
        .contains("\"role\": \"lead\"")
        .doesNotContain("\"role\": \"contacts\"");
  }

  @Test
  void inspectShowsTheRolesOfTheBlocks() {
    assertThat(run("inspect").outLines()).contains("Roles:       lead 1, body 13, contacts 2");
  }

  @Test
  void treatsEverythingAfterDoubleDashAsFiles(@TempDir Path dir) throws IOException {
    Path odd = Files.copy(Path.of(SAMPLE), dir.resolve("--odd.json"));

    PressroomToolTest.Result r = run("validate", "--quiet", "--", odd.toString());

    assertThat(r.out()).isEqualTo("1 valid, 0 invalid\n");
  }
}
