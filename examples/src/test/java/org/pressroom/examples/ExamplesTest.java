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
            "From insight to impact: building tomorrow's immunotherapy together\n"
                + "  Koen Stein <koen.stein@vub.be>, +32 (0)471517909\n");
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
    assertThat(release.contacts()).singleElement().extracting(c -> c.email()).isEqualTo("press@example.com");
  }

  @Test
  void streamReleasesPrintsEachTitleAndTheCount() throws Exception {
    StreamReleases.main(new String[0]);

    assertThat(out())
        .isEqualTo(
            "1. From insight to impact: building tomorrow's immunotherapy together\n"
                + "2. Pressroom sample: a second, shorter release\n"
                + "2 releases\n");
  }

  @Test
  void streamReleasesNamesTheRecordThatIsInvalid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("releases.ndjson");
    String good = Files.readString(Path.of("src/main/resources/org/pressroom/examples/sample.releases.ndjson"), UTF_8);
    Files.writeString(file, good + "{\"title\": 5}\n", UTF_8);

    StreamReleases.main(new String[] {file.toString()});

    assertThat(out()).endsWith("2 releases\n");
    assertThat(err.toString(UTF_8)).startsWith("record 2 is not a valid release: record 2, line 3");
  }
}
