package org.pressroom.html;

import java.util.List;
import java.util.Map;
import org.pressroom.html.internal.Spaces;

/** The text rules of the body model, shared by every block's {@code text()}. */
final class Texts {
  private Texts() {}

  /** Concatenates the raw text of inlines (line breaks as {@code \n}), without collapsing. */
  static String inlineText(List<Inline> content) {
    if (content.size() == 1) {
      return content.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Inline inline : content) {
      sb.append(inline.text());
    }
    return sb.toString();
  }

  /**
   * The block text of inline content: runs of whitespace (no-break spaces included) collapse to one
   * space, each line is trimmed, and empty leading and trailing lines go.
   */
  static String blockText(List<Inline> content) {
    return Spaces.collapse(inlineText(content));
  }

  /** Joins child texts with {@code \n}, leaving out empty ones. */
  static String joinLines(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  /** Counts, by href, the links of these blocks (inline links, linked images), nested ones too. */
  static void countLinks(List<Block> blocks, Map<String, Integer> out) {
    for (Block b : blocks) {
      if (b instanceof Paragraph paragraph) {
        countLinksIn(paragraph.content(), out);
      } else if (b instanceof Heading heading) {
        countLinksIn(heading.content(), out);
      } else if (b instanceof Image image) {
        String link = image.link();
        if (link != null) {
          out.merge(link, 1, Integer::sum);
        }
      } else if (b instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          countLinks(item.blocks(), out);
        }
      } else if (b instanceof Quote quote) {
        countLinks(quote.blocks(), out);
      } else if (b instanceof Table table) {
        for (List<TableCell> row : table.rows()) {
          for (TableCell cell : row) {
            countLinks(cell.blocks(), out);
          }
        }
      }
    }
  }

  private static void countLinksIn(List<Inline> content, Map<String, Integer> out) {
    for (Inline inline : content) {
      if (inline instanceof Link link) {
        out.merge(link.href(), 1, Integer::sum);
        countLinksIn(link.content(), out);
      }
    }
  }
}
