package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import tools.jackson.databind.JsonNode;

/**
 * The Prezly content format export: only the node types of the format, each with the keys Prezly's
 * own documents give it (the story in {@code prezly/}), every word of the body kept, the same
 * document for the same release.
 */
class PrezlyExportTest {
  static Stream<Named<Inputs.Case>> cases() {
    return Inputs.all();
  }

  private static String prezly(Inputs.Case c) {
    return ReleaseExporter.create().write(ExportFormat.PREZLY, c.release(), c.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void usesOnlyKnownNodeTypesShapedAsPrezlys(Inputs.Case c) {
    JsonNode doc = Json.tree(prezly(c));
    assertThat(doc.get("type").asString()).isEqualTo("document");
    assertThat(doc.get("version").asString()).isEqualTo("0.50");
    PrezlyChecks.checkShapes(doc, PrezlyChecks.STORY_KEYS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsEveryWordOfTheBodyInOrder(Inputs.Case c) {
    PrezlyChecks.checkWordsKept(c.body(), Json.tree(prezly(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSameReleaseGivesTheSameDocument(Inputs.Case c) {
    Body again = BodyParser.create().parse(c.release());
    assertThat(ReleaseExporter.create().write(ExportFormat.PREZLY, c.release(), again))
        .isEqualTo(prezly(c));
  }

  @Test
  void theSeedNodeForNode() {
    JsonNode children = Json.tree(ReleaseExporter.create().prezly(Inputs.seed())).get("children");
    List<String> types = new ArrayList<>();
    children.forEach(n -> types.add(n.get("type").asString()));
    // P P H P P H P P H P P P P divider contact(text) contact(card); a textual contact is its
    // paragraph and then its contact node
    assertThat(types)
        .containsExactly(
            "paragraph",
            "paragraph",
            "heading-two",
            "paragraph",
            "paragraph",
            "heading-two",
            "paragraph",
            "paragraph",
            "heading-two",
            "paragraph",
            "paragraph",
            "paragraph",
            "paragraph",
            "divider",
            "paragraph",
            "contact",
            "contact");
    JsonNode card = children.get(16).get("contact");
    Release seed = Inputs.seed();
    assertThat(card.get("name").asString()).isEqualTo(seed.contacts().get(0).name());
    assertThat(card.get("email").asString()).isEqualTo(seed.contacts().get(0).email());
    assertThat(children.get(15).get("contact").get("email").asString())
        .isEqualTo("Isabelle.houbracken@vub.be");
  }

  @Test
  void imagesOnPrezlysCdnAreImageBlocksAndOthersHtml() {
    Release r =
        Inputs.seed().toBuilder()
            .body(
                "<figure><img src=\"https://cdn.uc.assets.prezly.com/cb4879f8-d3ad-4a65-b74f-0afa09c913d5/-/preview/600x600/pumpkin%20big.JPG\" alt=\"A pumpkin\">"
                    + "<figcaption>Harvest</figcaption></figure>"
                    + "<p><img src=\"https://ucarecdn.com/0b2a6a4e-1c2b-4bd7-9f5e-7c7a1a2b3c4d/\" alt=\"\"></p>"
                    + "<figure><img src=\"https://example.com/photo.png\" alt=\"Other\"><figcaption>Elsewhere</figcaption></figure>")
            .build();
    JsonNode document = Json.tree(ReleaseExporter.create().prezly(r));
    PrezlyChecks.checkShapes(document, PrezlyChecks.STORY_KEYS);
    JsonNode children = document.get("children");
    JsonNode first = children.get(0);
    assertThat(first.get("type").asString()).isEqualTo("image-block");
    assertThat(first.get("file").get("uuid").asString())
        .isEqualTo("cb4879f8-d3ad-4a65-b74f-0afa09c913d5");
    assertThat(first.get("file").get("filename").asString()).isEqualTo("pumpkin big.JPG");
    assertThat(first.get("file").get("mime_type").asString()).isEqualTo("image/jpeg");
    assertThat(first.get("children").get(0).get("text").asString()).isEqualTo("Harvest");
    // a URL without a file name: the uuid names the file
    JsonNode second = children.get(1);
    assertThat(second.get("type").asString()).isEqualTo("image-block");
    assertThat(second.get("file").get("filename").asString())
        .isEqualTo("0b2a6a4e-1c2b-4bd7-9f5e-7c7a1a2b3c4d");
    List<String> types = new ArrayList<>();
    children.forEach(n -> types.add(n.get("type").asString()));
    assertThat(types).containsExactly("image-block", "image-block", "html");
    JsonNode last = children.get(children.size() - 1);
    assertThat(last.get("html").asString()).contains("https://example.com/photo.png", "Elsewhere");
  }

  @Test
  void marksListsQuotesAndTablesMapNodeForNode() {
    Release r =
        Inputs.seed().toBuilder()
            .body(
                "<h1>Big</h1><p><b>bold</b> <i>it</i> <u>under</u> <sub>2</sub> <sup>3</sup>"
                    + " <s>gone</s> <a href=\"https://example.com/\">link</a></p>"
                    + "<ol><li>one<ul><li>nested</li></ul></li><li>two</li></ol>"
                    + "<blockquote><p>Said</p><p>again</p></blockquote><hr>"
                    + "<table><tr><th>H</th><th>I</th></tr><tr><td>a</td><td>b</td></tr></table>")
            .build();
    JsonNode children = Json.tree(ReleaseExporter.create().prezly(r)).get("children");
    assertThat(children.get(0).get("type").asString()).isEqualTo("heading-one");
    JsonNode p = children.get(1).get("children");
    assertThat(p.get(0).get("bold").asBoolean()).isTrue();
    assertThat(p.get(2).get("italic").asBoolean()).isTrue();
    assertThat(p.get(4).get("underlined").asBoolean()).isTrue();
    assertThat(p.get(6).get("subscript").asBoolean()).isTrue();
    assertThat(p.get(8).get("superscript").asBoolean()).isTrue();
    assertThat(p.get(10).get("text").asString()).isEqualTo("gone");
    assertThat(p.get(10).has("strikethrough")).isFalse();
    assertThat(p.get(12).get("type").asString()).isEqualTo("link");
    assertThat(p.get(12).get("href").asString()).isEqualTo("https://example.com/");
    JsonNode list = children.get(2);
    assertThat(list.get("type").asString()).isEqualTo("numbered-list");
    JsonNode item = list.get("children").get(0);
    assertThat(item.get("children").get(0).get("type").asString()).isEqualTo("list-item-text");
    assertThat(item.get("children").get(1).get("type").asString()).isEqualTo("bulleted-list");
    JsonNode quote = children.get(3);
    assertThat(quote.get("type").asString()).isEqualTo("block-quote");
    assertThat(quote.get("children").get(0).get("text").asString()).isEqualTo("Said");
    assertThat(quote.get("children").get(1).get("text").asString()).isEqualTo("\n");
    assertThat(children.get(4).get("type").asString()).isEqualTo("divider");
    JsonNode table = children.get(5);
    assertThat(table.get("header").get(0).asString()).isEqualTo("first_row");
    assertThat(
            table
                .get("children")
                .get(1)
                .get("children")
                .get(1)
                .get("children")
                .get(0)
                .get("children")
                .get(0)
                .get("text")
                .asString())
        .isEqualTo("b");
  }

  @Test
  void cellSpansAreKept() {
    Release r =
        Inputs.seed().toBuilder()
            .body(
                "<table><tr><th colspan=\"2\">Both</th></tr>"
                    + "<tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td></tr></table>")
            .build();
    JsonNode table = Json.tree(ReleaseExporter.create().prezly(r)).get("children").get(0);
    assertThat(table.get("type").asString()).isEqualTo("table");
    JsonNode first = table.get("children").get(0).get("children").get(0);
    assertThat(first.get("colspan").asInt()).isEqualTo(2);
    JsonNode a = table.get("children").get(1).get("children").get(0);
    assertThat(a.get("rowspan").asInt()).isEqualTo(2);
    assertThat(a.has("colspan")).isFalse();
  }
}
