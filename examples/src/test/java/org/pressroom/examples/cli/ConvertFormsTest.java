package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.examples.cli.PressroomToolTest.SAMPLE;
import static org.pressroom.examples.cli.PressroomToolTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.json.ReleaseReader;

/** {@code convert --from/--to/--zone} with the other tools' forms, and {@code schema}. */
class ConvertFormsTest {
  @Test
  void bodyJsonReadBackGivesTheSameBodyJsonAndTheSameMarkdown() {
    PressroomToolTest.Result json = run("convert", "--to", "body-json", SAMPLE);
    assertThat(json.status()).isZero();

    PressroomToolTest.Result again =
        run(json.outBytes(), "convert", "--from", "body-json", "--to", "body-json");
    assertThat(again.status()).isZero();
    assertThat(again.out()).isEqualTo(json.out());

    PressroomToolTest.Result markdown =
        run(json.outBytes(), "convert", "--from", "body-json", "--to", "markdown", "-");
    assertThat(markdown.out()).isEqualTo(run("convert", "--to", "markdown", SAMPLE).out());
  }

  @Test
  void badBodyJsonIsReportedWhereItIsWrong(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("body.json");
    Files.writeString(
        file, "{\"blocks\": [], \"dateline\": null,\n \"links\": {}, \"issues\": []}", UTF_8);
    PressroomToolTest.Result r =
        run("convert", "--from", "body-json", "--to", "text", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(file + ":2:11: /links: expected an array, found an object\n");
  }

  @Test
  void theOtherToolsFormsOfTheSample() {
    PressroomToolTest.Result ninjs = run("convert", "--to", "ninjs", SAMPLE);
    assertThat(ninjs.status()).isZero();
    assertThat(ninjs.out())
        .startsWith("{")
        .contains("\"type\": \"text\"", "\"located\": \"BRUSSELS\"", "\"role\": \"main\"");

    PressroomToolTest.Result jsonLd =
        run("convert", "--to", "jsonld", "--zone", "Europe/Brussels", SAMPLE);
    assertThat(jsonLd.status()).isZero();
    assertThat(jsonLd.out())
        .contains("\"@type\": \"NewsArticle\"", "\"dateModified\": \"2026-06-10T10:26:21+02:00\"")
        .doesNotContain("</");

    PressroomToolTest.Result prezly = run("convert", "--to", "prezly", SAMPLE);
    assertThat(prezly.status()).isZero();
    assertThat(prezly.out()).contains("\"type\": \"document\"", "\"type\": \"contact\"");
  }

  @Test
  void schemaPrintsTheSchemasOfTheJars() {
    PressroomToolTest.Result release = run("schema", "release");
    assertThat(release.status()).isZero();
    assertThat(release.out()).isEqualTo(ReleaseReader.jsonSchema());
    PressroomToolTest.Result body = run("schema", "body");
    assertThat(body.status()).isZero();
    assertThat(body.out()).isEqualTo(BodyJsonReader.jsonSchema());
    assertThat(run("schema", "--help").out()).startsWith("usage: pressroom schema release|body\n");
  }
}
