package org.pressroom.html.internal;

import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * An element's content gathered as text by jsoup's iterative traversal (no recursion, however deep
 * the markup), dropped elements ({@link Tags#DROPPED}) left out: preformatted text, whose line
 * breaks stay and whose links are listed, or content below the depth limit, whose blocks and line
 * breaks become spaces.
 */
final class PlainText implements NodeFilter {
  private final StringBuilder sb = new StringBuilder();
  private final Element root;

  /** Where preformatted text passes each link inside it; null for content below the depth limit. */
  private final @Nullable Consumer<Element> links;

  private PlainText(Element root, @Nullable Consumer<Element> links) {
    this.root = root;
    this.links = links;
  }

  /**
   * {@return the text of a preformatted element, line breaks as {@code \n}}
   *
   * @param links takes each link inside the element
   */
  static StringBuilder preformatted(Element el, Consumer<Element> links) {
    PlainText text = new PlainText(el, links);
    NodeTraversor.filter(text, el);
    return text.sb;
  }

  /** {@return the text of an element, words separated where blocks and line breaks were} */
  static String flat(Element el) {
    PlainText text = new PlainText(el, null);
    NodeTraversor.filter(text, el);
    return text.sb.toString();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      sb.append(text.getWholeText());
    } else if (node instanceof Element e) {
      String name = e.normalName();
      if (Tags.DROPPED.contains(name)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (links == null) {
        if (Tags.PARAGRAPHS.contains(name) || name.equals("br")) {
          sb.append(' ');
        }
      } else if (name.equals("br")) {
        sb.append('\n');
      } else if (name.equals("a") && e != root) {
        links.accept(e);
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (links == null && node instanceof Element e && Tags.PARAGRAPHS.contains(e.normalName())) {
      sb.append(' ');
    }
    return FilterResult.CONTINUE;
  }
}
