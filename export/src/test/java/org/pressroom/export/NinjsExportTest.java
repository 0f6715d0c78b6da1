package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;
import org.pressroom.html.BodyRenderer;
import tools.jackson.databind.JsonNode;

/** The ninjs export: valid against IPTC's ninjs 3.1 schema, and mapped as DESIGN section 6 says. */
class NinjsExportTest {
  static Stream<Named<Inputs.Case>> cases() {
    return Inputs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void meetsIptcsSchemaWithTheTitleTheHtmlBodyAndTheDateline(Inputs.Case c) {
    String json = ReleaseExporter.create().write(ExportFormat.NINJS, c.release(), c.body());
    assertThat(Json.ninjsErrors(json)).isEmpty();
    JsonNode item = Json.tree(json);
    Release r = c.release();
    assertThat(item.get("uri").asString()).isEqualTo(r.url().toString());
    assertThat(item.get("type").asString()).isEqualTo("text");
    assertThat(item.get("headlines").get(0).get("role").asString()).isEqualTo("main");
    assertThat(item.get("headlines").get(0).get("value").asString()).isEqualTo(r.title());
    JsonNode html = item.get("bodies").get(0);
    assertThat(html.get("contentType").asString()).isEqualTo("text/html");
    assertThat(html.get("value").asString()).isEqualTo(BodyRenderer.html().render(c.body()));
    assertThat(item.get("bodies").get(1).get("value").asString())
        .isEqualTo(BodyRenderer.text().render(c.body()));
    if (c.body().dateline() == null) {
      assertThat(item.has("located")).isFalse();
    } else {
      assertThat(item.get("located").asString()).isEqualTo(c.body().dateline().location());
    }
    assertThat(item.get("language").asString()).doesNotContain("_");
    assertThat(item.get("genres").get(0).get("name").asString()).isEqualTo("Press Release");
  }

  @Test
  void theSeedAsDesignMapsIt() {
    Release seed = Inputs.seed();
    JsonNode item = Json.tree(ReleaseExporter.create().ninjs(seed));
    assertThat(item.get("uri").asString()).isEqualTo(seed.url().toString());
    assertThat(item.get("representationType").asString()).isEqualTo("full");
    assertThat(item.get("language").asString()).isEqualTo("en");
    assertThat(item.get("located").asString()).isEqualTo("BRUSSELS");
    assertThat(item.get("slugline").asString()).isEqualTo(seed.slug());
    // modified_at 2026-06-10 10:26:21, published_at 2026-06-10 10:29:00 in the seed, read as UTC
    assertThat(item.get("versionCreated").asString()).isEqualTo("2026-06-10T10:26:21Z");
    assertThat(item.get("firstCreated").asString()).isEqualTo("2026-06-10T10:29:00Z");
    assertThat(item.get("pubStatus").asString()).isEqualTo("usable");
    List<String> people = new ArrayList<>();
    item.get("people").forEach(p -> people.add(p.get("name").asString()));
    assertThat(people).contains(seed.contacts().get(0).name(), "Dr Isabelle Houbracken");
    JsonNode visual = item.get("associations").get(0);
    assertThat(visual.get("name").asString()).isEqualTo("mainvisual");
    assertThat(visual.get("renditions")).hasSize(3);
  }

  @Test
  void timestampsAreReadInTheCallersZone() {
    Release seed = Inputs.seed();
    ReleaseExporter brussels =
        ReleaseExporter.create(ExportOptions.defaults().withZone(ZoneId.of("Europe/Brussels")));
    JsonNode item = Json.tree(brussels.ninjs(seed));
    // June in Brussels is summer time, two hours ahead of UTC
    assertThat(item.get("versionCreated").asString()).isEqualTo("2026-06-10T10:26:21+02:00");
    assertThat(Json.ninjsErrors(brussels.ninjs(seed))).isEmpty();
  }

  @Test
  void cultureBecomesABcp47Tag() {
    Release seed = Inputs.seed();
    for (String[] pair :
        new String[][] {{"nl_BE", "nl-BE"}, {"fr-be", "fr-BE"}, {"ZH_hant_tw", "zh-Hant-TW"}}) {
      Release r = seed.toBuilder().culture(org.pressroom.Culture.of(pair[0])).build();
      assertThat(Json.tree(ReleaseExporter.create().ninjs(r)).get("language").asString())
          .isEqualTo(pair[1]);
    }
  }

  @Test
  void theValidatorRefusesWhatIsNotNinjs() {
    String json = ReleaseExporter.create().ninjs(Inputs.seed());
    assertThat(json).contains("\"firstCreated\": \"2026-06-10T10:29:00Z\"", "\"type\": \"text\"");
    assertThat(
            Json.ninjsErrors(
                json.replace(
                    "\"firstCreated\": \"2026-06-10T10:29:00Z\"",
                    "\"firstCreated\": \"2026-06-10 10:29:00\"")))
        .isNotEmpty();
    assertThat(Json.ninjsErrors(json.replace("\"type\": \"text\"", "\"type\": \"press\"")))
        .isNotEmpty();
    assertThat(Json.ninjsErrors(json.replaceFirst("\\{", "{\"pressroom\": 1, "))).isNotEmpty();
  }
}
