package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
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
  /** The keys of each node type in Prezly's documents, and of a text leaf ("text"). */
  private static final Map<String, Set<String>> PREZLY_KEYS = prezlyKeys();

  /** Keys the export writes that the story happens not to show, each from Prezly's node types. */
  private static final Map<String, Set<String>> ALSO_ALLOWED =
      Map.of(
          "image-block", Set.of("new_tab"),
          "html", Set.of("type", "children", "html"),
          "table", Set.of("type", "children", "header"),
          "table-row", Set.of("type", "children"),
          "table-cell", Set.of("type", "children"));

  private static final Set<String> KNOWN =
      Set.of(
          "document",
          "paragraph",
          "heading-one",
          "heading-two",
          "bulleted-list",
          "numbered-list",
          "list-item",
          "list-item-text",
          "block-quote",
          "divider",
          "image-block",
          "contact",
          "link",
          "embed",
          "table",
          "table-row",
          "table-cell",
          "html");

  private static Map<String, Set<String>> prezlyKeys() {
    JsonNode story =
        Json.tree(Inputs.read(Path.of("src/test/resources/prezly/example_src_pages_story.json")));
    Map<String, Set<String>> keys = new HashMap<>();
    collectKeys(story, keys);
    return keys;
  }

  private static void collectKeys(JsonNode node, Map<String, Set<String>> keys) {
    String type = node.has("type") ? node.get("type").asString() : "text";
    Set<String> set = keys.computeIfAbsent(type, k -> new HashSet<>());
    node.propertyNames().forEach(set::add);
    if (node.has("children")) {
      node.get("children").forEach(child -> collectKeys(child, keys));
    }
  }

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
    checkNode(doc);
  }

  private static void checkNode(JsonNode node) {
    if (!node.has("type")) {
      assertThat(node.has("text")).as("a leaf has text: %s", node).isTrue();
      assertThat(PREZLY_KEYS.get("text")).containsAll(names(node));
      return;
    }
    String type = node.get("type").asString();
    assertThat(KNOWN).contains(type);
    Set<String> allowed = new HashSet<>(PREZLY_KEYS.getOrDefault(type, Set.of()));
    allowed.addAll(ALSO_ALLOWED.getOrDefault(type, Set.of()));
    assertThat(allowed).as("keys of %s", type).containsAll(names(node));
    assertThat(node.get("children")).as("children of %s", type).isNotEmpty();
    if (node.has("uuid")) {
      assertThat(UUID.fromString(node.get("uuid").asString())).isNotNull();
    }
    node.get("children").forEach(PrezlyExportTest::checkNode);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.propertyNames().forEach(out::add);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsEveryWordOfTheBodyInOrder(Inputs.Case c) {
    StringBuilder text = new StringBuilder();
    collectText(Json.tree(prezly(c)), text);
    List<String> have = words(text.toString());
    List<String> want = words(c.body().text());
    int at = 0;
    for (String word : want) {
      while (at < have.size() && !have.get(at).equals(word)) {
        at++;
      }
      assertThat(at)
          .as("word \"%s\" of the body, in order, in %s", word, have)
          .isLessThan(have.size());
      at++;
    }
  }

  /** The words a reader of the document sees: text leaves, contact names, html nodes' text. */
  private static void collectText(JsonNode node, StringBuilder out) {
    if (!node.has("type")) {
      out.append(node.get("text").asString());
      return;
    }
    String type = node.get("type").asString();
    if (type.equals("html")) {
      out.append('\n').append(Jsoup.parse(node.get("html").asString()).wholeText()).append('\n');
      return;
    }
    if (type.equals("contact")) {
      out.append('\n').append(node.get("contact").get("name").asString()).append('\n');
      return;
    }
    boolean block = !type.equals("link");
    if (block) {
      out.append('\n');
    }
    node.get("children").forEach(child -> collectText(child, out));
    if (block) {
      out.append('\n');
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("[\\s\\u00A0]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
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
    JsonNode children = Json.tree(ReleaseExporter.create().prezly(r)).get("children");
    JsonNode first = children.get(0);
    assertThat(first.get("type").asString()).isEqualTo("image-block");
    assertThat(first.get("file").get("uuid").asString())
        .isEqualTo("cb4879f8-d3ad-4a65-b74f-0afa09c913d5");
    assertThat(first.get("file").get("filename").asString()).isEqualTo("pumpkin big.JPG");
    assertThat(first.get("file").get("mime_type").asString()).isEqualTo("image/jpeg");
    assertThat(first.get("children").get(0).get("text").asString()).isEqualTo("Harvest");
    List<String> types = new ArrayList<>();
    children.forEach(n -> types.add(n.get("type").asString()));
    assertThat(types).endsWith("html");
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
}
