package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;
import tools.jackson.databind.JsonNode;

/**
 * The other tools' forms on real releases: the seed and the releases of the shared corpus ({@code
 * releases/*.release.json}, read strictly), in the {@code corpus} profile, which sets the system
 * property {@code pressroom.corpus}. Prezly's node shapes come from all the documents in the
 * corpus's {@code prezly-content/}.
 */
class RealReleasesCorpusTest {
  static Path corpus() {
    String dir = System.getProperty("pressroom.corpus");
    assertThat(dir).as("system property pressroom.corpus (set by the corpus profile)").isNotBlank();
    return Path.of(dir);
  }

  static Stream<Named<Path>> releases() throws IOException {
    List<Path> files = new ArrayList<>(Inputs.list(corpus().resolve("releases"), ".release.json"));
    assertThat(files).as("real releases").hasSizeGreaterThanOrEqualTo(25);
    files.add(Path.of("../core/src/test/resources/canonical/sample.json"));
    return files.stream().map(p -> Named.of(p.getFileName().toString(), p));
  }

  private static Map<String, Set<String>> prezlyKeys() throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    for (Path p : Inputs.list(corpus().resolve("prezly-content"), ".json")) {
      JsonNode doc = Json.tree(Files.readString(p));
      // a story from Prezly's API holds its document as a JSON string in "content"
      if (doc.has("content") && doc.get("content").isString()) {
        doc = Json.tree(doc.get("content").asString());
      }
      docs.add(doc);
    }
    return PrezlyChecks.keysOf(docs.toArray(new JsonNode[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void everyFormOfARealRelease(Path file) throws IOException {
    Release release = ReleaseReader.strict().read(file);
    Body body = BodyParser.create().parse(release);

    // release and body JSON meet Pressroom's schemas
    assertThat(Json.releaseErrors(ReleaseWriter.canonical().write(release))).isEmpty();
    String bodyJson = BodyRenderer.json().render(body);
    assertThat(Json.bodyErrors(bodyJson)).isEmpty();

    // body JSON read back: the same body JSON and the same Markdown
    Body again = BodyJsonReader.strict().read(bodyJson);
    assertThat(BodyRenderer.json().render(again)).isEqualTo(bodyJson);
    assertThat(BodyRenderer.markdown().render(again))
        .isEqualTo(BodyRenderer.markdown().render(body));

    ReleaseExporter exporter = ReleaseExporter.create();
    // ninjs: IPTC's schema, the title as main headline, an HTML body, located = the dateline's
    String ninjs = exporter.write(ExportFormat.NINJS, release, body);
    assertThat(Json.ninjsErrors(ninjs)).isEmpty();
    JsonNode item = Json.tree(ninjs);
    assertThat(item.get("headlines").get(0).get("role").asString()).isEqualTo("main");
    assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo(release.title());
    assertThat(item.get("bodies").get(0).get("contentType").asString()).isEqualTo("text/html");
    assertThat(item.get("bodies").get(0).get("value").asString())
        .isEqualTo(BodyRenderer.html().render(body));
    if (body.dateline() != null) {
      assertThat(item.get("located").asString()).isEqualTo(body.dateline().location());
    } else {
      assertThat(item.has("located")).isFalse();
    }

    // JSON-LD: NewsArticle, headline, zoned dates, language, dateline text, body text
    String jsonLd = exporter.write(ExportFormat.JSON_LD, release, body);
    assertThat(jsonLd).doesNotContain("</");
    JsonNode article = Json.tree(jsonLd);
    assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(article.get("headline").asString()).isEqualTo(release.title());
    assertThat(OffsetDateTime.parse(article.get("dateModified").asString()).toLocalDateTime())
        .isEqualTo(release.modifiedAt());
    if (release.publishedAt() != null) {
      assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toLocalDateTime())
          .isEqualTo(release.publishedAt());
    }
    assertThat(article.get("inLanguage").asString()).isNotBlank();
    if (body.dateline() != null) {
      assertThat(article.get("dateline").asString()).isEqualTo(body.dateline().text());
    }
    assertThat(article.get("articleBody").asString()).isEqualTo(BodyRenderer.text().render(body));

    // Prezly: known node types in Prezly's shapes, every word kept
    JsonNode document = Json.tree(exporter.write(ExportFormat.PREZLY, release, body));
    PrezlyChecks.checkShapes(document, prezlyKeys());
    PrezlyChecks.checkWordsKept(body, document);
  }

  @Test
  void theCorpusPrezlyDocumentsAreRead() throws IOException {
    assertThat(prezlyKeys()).containsKeys("paragraph", "heading-one", "contact", "table-cell");
  }
}
