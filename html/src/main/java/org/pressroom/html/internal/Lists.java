package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;

/**
 * Reads lists for one {@link BodyWalker}: an HTML list's items (content between them joins the item
 * before it), and Word's list paragraphs as list items that {@link BlockSink} assembles into lists.
 * Not thread-safe: one per walker.
 */
final class Lists {
  private final BodyWalker walker;

  Lists(BodyWalker walker) {
    this.walker = walker;
  }

  /** Reads a {@code ul}, {@code ol}, {@code menu} or {@code dir} into the sink. */
  void list(Element el, BlockSink sink, int marks, int depth, boolean ordered) {
    sink.flush();
    List<ListItem> items = new ArrayList<>();
    // Content between items (a nested list right in the list) joins the item before it.
    @Nullable BlockSink loose = null;
    for (Node child = el.firstChild(); child != null; child = child.nextSibling()) {
      if (child instanceof Element li && li.nameIs("li")) {
        if (loose != null) {
          addLoose(items, loose);
          loose = null;
        }
        List<Block> blocks = item(li, marks, depth + 1);
        if (!blocks.isEmpty()) {
          items.add(new ListItem(blocks));
        }
      } else {
        if (loose == null) {
          loose = new BlockSink(false);
        }
        walker.walkNode(child, loose, marks, depth + 1);
      }
    }
    if (loose != null) {
      addLoose(items, loose);
    }
    if (!items.isEmpty()) {
      sink.add(new ListBlock(ordered, items));
    }
  }

  private static void addLoose(List<ListItem> items, BlockSink loose) {
    List<Block> blocks = loose.finish();
    if (blocks.isEmpty()) {
      return;
    }
    if (items.isEmpty()) {
      items.add(new ListItem(blocks));
    } else {
      List<Block> merged = new ArrayList<>(items.get(items.size() - 1).blocks());
      merged.addAll(blocks);
      items.set(items.size() - 1, new ListItem(merged));
    }
  }

  /** {@return the blocks of a list item} */
  List<Block> item(Element li, int marks, int depth) {
    BlockSink sink = new BlockSink(false);
    walker.walkChildren(li, sink, marks, depth);
    return sink.finish();
  }

  /** Whether a style is Word's list bullet or number, which the list structure says. */
  static boolean isMsoListIgnore(String style) {
    int i = style.indexOf("mso-list");
    if (i < 0) {
      return false;
    }
    String rest = style.substring(i + 8).replace(" ", "").toLowerCase(Locale.ROOT);
    return rest.startsWith(":ignore");
  }

  /**
   * Word's list paragraphs ({@code class="MsoListParagraph"}, {@code mso-list:l0 level2 lfo1})
   * become list items.
   */
  boolean wordList(Element p, BlockSink sink, int marks, int depth, String style) {
    String lower = style.toLowerCase(Locale.ROOT);
    int msoList = lower.indexOf("mso-list:");
    if (!p.className().contains("MsoList") && msoList < 0) {
      return false;
    }
    int level = 1;
    if (msoList >= 0) {
      int at = lower.indexOf("level", msoList);
      if (at >= 0 && at + 5 < lower.length() && Character.isDigit(lower.charAt(at + 5))) {
        level = lower.charAt(at + 5) - '0';
      }
    }
    boolean ordered = false;
    for (Element span : p.getElementsByTag("span")) {
      if (isMsoListIgnore(span.attr("style"))) {
        ordered = isOrderedMarker(Spaces.collapse(span.text()));
        break;
      }
    }
    List<Block> item = item(p, marks, depth);
    if (!item.isEmpty()) {
      sink.flush();
      sink.addListItem(level, ordered, item);
    }
    return true;
  }

  /**
   * {@code 1.}, {@code a)}, {@code iv.}: ordered; bullets ({@code ·}, {@code o}, {@code §}, {@code
   * •}): not.
   */
  private static boolean isOrderedMarker(String marker) {
    int n = marker.length();
    if (n < 2 || n > 5 || (marker.charAt(n - 1) != '.' && marker.charAt(n - 1) != ')')) {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!Character.isLetterOrDigit(marker.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
