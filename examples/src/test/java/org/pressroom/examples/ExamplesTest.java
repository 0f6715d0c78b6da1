package org.pressroom.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Release;
import org.pressroom.json.ReleaseReader;

/** Runs each example program as a user would, and checks what it prints. */
class ExamplesTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void captureOutput() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, UTF_8));
    System.setErr(new PrintStream(err, true, UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String out() {
    return out.toString(UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void readReleasePrintsTheTitleAndContactsOfTheSample() throws Exception {
    ReadRelease.main(new String[0]);

    assertThat(out())
        .isEqualTo(
            """
            From insight to impact: building tomorrow's immunotherapy together
              Koen Stein <koen.stein@vub.be>, +32 (0)471517909
            """);
  }

  @Test
  void readReleaseReadsAFile() throws Exception {
    ReadRelease.main(new String[] {"src/test/resources/cli/valid.json"});

    assertThat(out()).isEqualTo("A valid release\n");
  }

  @Test
  void readReleaseSaysWhereAFileIsInvalid() throws Exception {
    ReadRelease.main(new String[] {"src/test/resources/cli/bad-url.json"});

    assertThat(out()).isEmpty();
    assertThat(err.toString(UTF_8)).startsWith("not a valid release: line 5, column 12, at /url: ");
  }

  @Test
  void buildReleasePrintsCanonicalJsonThatReadsBack() {
    BuildRelease.main(new String[0]);

    String json = out();
    assertThat(json).startsWith("{\n    \"title\": \"Pressroom 1.0 is out\",\n");
    Release release = ReleaseReader.strict().read(json.strip());
    assertThat(release.contacts())
        .singleElement()
        .extracting(c -> c.email())
        .isEqualTo("press@example.com");
  }

  @Test
  void streamReleasesPrintsEachTitleAndTheCount() throws Exception {
    StreamReleases.main(new String[0]);

    assertThat(out())
        .isEqualTo(
            """
            1. From insight to impact: building tomorrow's immunotherapy together
            2. Pressroom sample: a second, shorter release
            2 releases
            """);
  }

  @Test
  void streamReleasesNamesTheRecordThatIsInvalid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("releases.ndjson");
    String good =
        Files.readString(
            Path.of("src/main/resources/org/pressroom/examples/sample.releases.ndjson"), UTF_8);
    Files.writeString(file, good + "{\"title\": 5}\n", UTF_8);

    StreamReleases.main(new String[] {file.toString()});

    assertThat(out()).endsWith("2 releases\n");
    assertThat(err.toString(UTF_8)).startsWith("record 2 is not a valid release: record 2, line 3");
  }

  @Test
  void parseBodyPrintsTheDatelineOutlineContactsAndLinksOfTheSample() throws Exception {
    ParseBody.main(new String[0]);

    assertThat(out())
        .isEqualTo(
            """
            From insight to impact: building tomorrow's immunotherapy together
            16 blocks, 686 words
            dateline: BRUSSELS / 2026-06-08
            outline:
              h2 Brussels innovation with 'nanobodies' (inferred)
              h2 Local treatment of brain tumours (inferred)
              h2 Financial and logistical barriers (inferred)
            contacts:
              text: Dr Isabelle Houbracken <Isabelle.houbracken@vub.be>
              card: Koen Stein <koen.stein@vub.be>
            links:
              web https://torc.research.vub.be/en/white-paper
              web https://press.vub.ac.be/vub-uz-brussel-expertenlijst-immunotherapie
              email mailto:koen.stein@vub.be
              phone tel:+32 (0)471517909
              web https://vub.be
            """);
  }

  @Test
  void parseBodyReadsAFile() throws Exception {
    ParseBody.main(new String[] {"src/test/resources/cli/valid.json"});

    assertThat(out()).startsWith("A valid release\n").contains("outline:\n", "links:\n");
  }

  @Test
  void renderBodyPrintsMarkdownByDefault() throws Exception {
    RenderBody.main(new String[0]);

    assertThat(out())
        .startsWith("**BRUSSELS, 8 June 2026** - To mark International Immunotherapy Month")
        .contains("\n## Brussels innovation with 'nanobodies'\n");
  }

  @Test
  void renderBodyPrintsEachFormat() throws Exception {
    RenderBody.main(new String[] {"html"});
    assertThat(out())
        .startsWith("<p><strong>BRUSSELS, 8 June 2026</strong> - To mark")
        .contains("<h2>");
    out.reset();

    RenderBody.main(new String[] {"text"});
    assertThat(out()).startsWith("BRUSSELS, 8 June 2026 - To mark").doesNotContain("<p>", "**");
    out.reset();

    RenderBody.main(
        new String[] {"json", "src/main/resources/org/pressroom/examples/sample.release.json"});
    assertThat(out()).startsWith("{\n    \"blocks\": [\n").contains("\"dateline\": {");
  }

  @Test
  void renderBodyRefusesAnUnknownFormat() throws Exception {
    RenderBody.main(new String[] {"pdf"});

    assertThat(out()).isEmpty();
    assertThat(err.toString(UTF_8)).startsWith("unknown format pdf");
  }

  @Test
  void exportReleaseWritesNinjsByDefault() throws Exception {
    ExportRelease.main(new String[0]);

    assertThat(out())
        .startsWith("{\n  \"uri\": \"https://press.vub.ac.be/")
        .contains("\"versionCreated\": \"2026-06-10T10:26:21+02:00\"", "\"located\": \"BRUSSELS\"");
  }

  @Test
  void exportReleaseWritesEachForm() throws Exception {
    ExportRelease.main(new String[] {"jsonld"});
    assertThat(out())
        .startsWith("<script type=\"application/ld+json\">\n{\n")
        .contains("\"@type\": \"NewsArticle\"")
        .endsWith("}\n</script>\n");
    out.reset();

    ExportRelease.main(new String[] {"prezly"});
    assertThat(out()).contains("\"type\": \"document\"", "\"type\": \"heading-two\"");
    out.reset();

    ExportRelease.main(
        new String[] {"readback", "src/main/resources/org/pressroom/examples/sample.release.json"});
    assertThat(out()).isEqualTo("read back 16 blocks: the same body JSON\n");
  }

  @Test
  void exportReleaseRefusesAnUnknownForm() throws Exception {
    ExportRelease.main(new String[] {"pdf"});

    assertThat(out()).isEmpty();
    assertThat(err.toString(UTF_8)).startsWith("unknown form pdf");
  }
}
