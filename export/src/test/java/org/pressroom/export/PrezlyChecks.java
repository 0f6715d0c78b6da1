package org.pressroom.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.pressroom.export.internal.PrezlyWriter;
import org.pressroom.html.Body;
import tools.jackson.databind.JsonNode;

/**
 * Checks of a Prezly document: the node types and keys Prezly's own documents use, and every word
 * of the body kept in order.
 */
final class PrezlyChecks {
  /** The keys of each node type in the Prezly story of the test resources. */
  static final Map<String, Set<String>> STORY_KEYS =
      keysOf(
          Json.tree(
              Inputs.read(Path.of("src/test/resources/prezly/example_src_pages_story.json"))));

  /**
   * Keys the export writes that Prezly's documents here happen not to show, each a field of that
   * node type in Prezly's published types: an image's {@code new_tab}, the html node's {@code
   * html}, a table's {@code header} and its rows and cells.
   */
  private static final Map<String, Set<String>> ALSO_ALLOWED =
      Map.of(
          "image-block", Set.of("new_tab"),
          "html", Set.of("type", "children", "html"),
          "table", Set.of("type", "children", "header"),
          "table-row", Set.of("type", "children"),
          "table-cell", Set.of("type", "children", "colspan", "rowspan"));

  private PrezlyChecks() {}

  /** {@return the keys of each node type (text leaves as {@code text}) in some documents} */
  static Map<String, Set<String>> keysOf(JsonNode... documents) {
    Map<String, Set<String>> keys = new HashMap<>();
    for (JsonNode doc : documents) {
      collectKeys(doc, keys);
    }
    return keys;
  }

  private static void collectKeys(JsonNode node, Map<String, Set<String>> keys) {
    String type = node.has("type") ? node.get("type").asString() : "text";
    node.propertyNames().forEach(k -> keys.computeIfAbsent(type, t -> new HashSet<>()).add(k));
    for (String inner : List.of("contact", "file")) {
      JsonNode object = node.get(inner);
      if (node.has("type") && object != null && object.isObject()) {
        object
            .propertyNames()
            .forEach(k -> keys.computeIfAbsent(type + "/" + inner, t -> new HashSet<>()).add(k));
      }
    }
    if (node.has("children")) {
      node.get("children").forEach(child -> collectKeys(child, keys));
    }
  }

  /** Every node is of a type the writer lists and has only keys Prezly gives that type. */
  static void checkShapes(JsonNode node, Map<String, Set<String>> prezlyKeys) {
    if (!node.has("type")) {
      assertThat(node.has("text")).as("a leaf has text: %s", node).isTrue();
      assertThat(prezlyKeys.get("text")).containsAll(names(node));
      return;
    }
    String type = node.get("type").asString();
    assertThat(PrezlyWriter.NODE_TYPES).contains(type);
    Set<String> allowed = new HashSet<>(prezlyKeys.getOrDefault(type, Set.of()));
    allowed.addAll(ALSO_ALLOWED.getOrDefault(type, Set.of()));
    assertThat(allowed).as("keys of %s", type).containsAll(names(node));
    assertThat(node.get("children")).as("children of %s", type).isNotEmpty();
    for (String inner : List.of("contact", "file")) {
      if (node.has(inner)) {
        assertThat(prezlyKeys.getOrDefault(type + "/" + inner, Set.of()))
            .as("keys of the %s of %s", inner, type)
            .containsAll(names(node.get(inner)));
      }
    }
    if (node.has("uuid")) {
      assertThat(node.get("uuid").asString())
          .as("a uuid")
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
    node.get("children").forEach(child -> checkShapes(child, prezlyKeys));
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.propertyNames().forEach(out::add);
    return out;
  }

  /** Every word of the body's text is in the document, in order. */
  static void checkWordsKept(Body body, JsonNode document) {
    StringBuilder text = new StringBuilder();
    collectText(document, text);
    List<String> have = words(text.toString());
    int at = 0;
    for (String word : words(body.text())) {
      while (at < have.size() && !have.get(at).equals(word)) {
        at++;
      }
      assertThat(at).as("word \"%s\" of the body, in order", word).isLessThan(have.size());
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
}
