package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;
import org.pressroom.html.BodyRenderer;
import tools.jackson.databind.JsonNode;

/** The schema.org NewsArticle JSON-LD: the fields of DESIGN section 6, safe in a script element. */
class JsonLdExportTest {
  static Stream<Named<Inputs.Case>> cases() {
    return Inputs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isANewsArticleSafeInAScriptElement(Inputs.Case c) {
    String json = ReleaseExporter.create().write(ExportFormat.JSON_LD, c.release(), c.body());
    assertThat(json).doesNotContain("</").doesNotContain("<!--").doesNotContain("<");
    JsonNode article = Json.tree(json);
    Release r = c.release();
    assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(article.get("headline").asString()).isEqualTo(r.title());
    assertThat(article.get("url").asString()).isEqualTo(r.url().toString());
    assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(r.url().toString());
    assertThat(OffsetDateTime.parse(article.get("dateModified").asString()).toLocalDateTime())
        .isEqualTo(r.modifiedAt());
    if (r.publishedAt() != null) {
      assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toLocalDateTime())
          .isEqualTo(r.publishedAt());
    }
    assertThat(article.get("inLanguage").asString()).matches("[a-z]{2,3}(-[A-Za-z0-9]+)*");
    assertThat(article.get("articleBody").asString())
        .isEqualTo(BodyRenderer.text().render(c.body()));
    assertThat(article.get("wordCount").asInt()).isEqualTo(c.body().wordCount());
    if (c.body().dateline() != null) {
      assertThat(article.get("dateline").asString()).isEqualTo(c.body().dateline().text());
    }
    assertThat(article.get("genre").asString()).isEqualTo("Press Release");
  }

  @Test
  void theSeedInBrussels() {
    Release seed = Inputs.seed();
    ReleaseExporter brussels =
        ReleaseExporter.create(ExportOptions.defaults().withZone(ZoneId.of("Europe/Brussels")));
    JsonNode article = Json.tree(brussels.jsonLd(seed));
    assertThat(article.get("datePublished").asString()).isEqualTo("2026-06-10T10:29:00+02:00");
    assertThat(article.get("dateModified").asString()).isEqualTo("2026-06-10T10:26:21+02:00");
    assertThat(article.get("inLanguage").asString()).isEqualTo("en");
    assertThat(article.get("dateline").asString()).isEqualTo("BRUSSELS, 8 June 2026");
    assertThat(article.get("articleBody").asString()).contains("To mark");
    assertThat(article.get("author").get("@type").asString()).isEqualTo("Person");
  }

  @Test
  void aScriptEndTagInTheTextCannotCloseTheElement() {
    Release r =
        Inputs.seed().toBuilder()
            .title("</script><script>alert(1)</script> & <!-- more")
            .body("<p>A </script> tag &amp; a \u2028 line separator</p>")
            .build();
    String json = ReleaseExporter.create().jsonLd(r);
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
    assertThat(json).contains("\\u003C/script\\u003E");
    // still the same text once parsed
    assertThat(Json.tree(json).get("headline").asString()).isEqualTo(r.title());
  }
}
