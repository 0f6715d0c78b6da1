package org.pressroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a user without Pressroom writes: Jackson's {@code ObjectMapper.readTree} on the release,
 * jsoup's {@code parseBodyFragment} on its body, then one walk over the nodes.
 */
final class Baseline {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Baseline() {}

  static JsonNode readTree(byte[] json) throws IOException {
    return MAPPER.readTree(json);
  }

  /**
   * Parses the body and walks it once, counting elements and text characters so the work cannot be
   * elided.
   */
  static long parseAndWalk(String body, String baseUri) {
    Document doc = Jsoup.parseBodyFragment(body, baseUri);
    Counter counter = new Counter();
    NodeTraversor.traverse(counter, doc.body());
    return counter.elements * 31L + counter.chars;
  }

  static long fullRead(byte[] json) throws IOException {
    JsonNode tree = MAPPER.readTree(json);
    return parseAndWalk(tree.get("body").asText(), tree.get("url").asText());
  }

  private static final class Counter implements NodeVisitor {
    long elements;
    long chars;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        chars += text.text().length();
      } else if (node instanceof Element) {
        elements++;
      }
    }
  }
}
