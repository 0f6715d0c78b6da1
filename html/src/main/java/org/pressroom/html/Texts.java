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
    return collapse(inlineText(content));
  }

  /** Collapses whitespace as {@link #blockText} describes; {@code \n} separates lines. */
  static String collapse(String raw) {
    if (isCollapsed(raw)) {
      return raw; // most text arrives collapsed from the parser: no copy
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    int pendingNewlines = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        pendingNewlines++;
        pendingSpace = false;
      } else if (isSpace(c)) {
        pendingSpace = true;
      } else {
        if (sb.length() > 0) {
          if (pendingNewlines > 0) {
            for (int k = 0; k < pendingNewlines; k++) {
              sb.append('\n');
            }
          } else if (pendingSpace) {
            sb.append(' ');
          }
        }
        pendingNewlines = 0;
        pendingSpace = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whitespace in the sense of the body model: HTML whitespace, no-break spaces and the other
   * Unicode spaces.
   */
  /**
   * {@return whether {@link #collapse} would return the text unchanged}: no space or line break at
   * either end, and each space a lone {@code ' '} between two visible characters.
   */
  private static boolean isCollapsed(String raw) {
    int n = raw.length();
    if (n == 0) {
      return true;
    }
    boolean prevVisible = false;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c > ' ' && c < '\u00A0') {
        prevVisible = true;
      } else if (c == ' ') {
        if (!prevVisible || i + 1 == n) {
          return false;
        }
        char next = raw.charAt(i + 1);
        if (next == '\n' || isSpace(next)) {
          return false;
        }
        prevVisible = false;
      } else if (c == '\n') {
        if (i == 0 || i + 1 == n || raw.charAt(i - 1) == ' ' || isSpace(raw.charAt(i + 1))) {
          return false;
        }
        prevVisible = false;
      } else if (isSpace(c)) {
        return false;
      } else {
        prevVisible = true;
      }
    }
    return raw.charAt(n - 1) != '\n';
  }

  static boolean isSpace(char c) {
    return Spaces.isSpace(c);
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
      if (b instanceof Paragraph) {
        countLinksIn(((Paragraph) b).content(), out);
      } else if (b instanceof Heading) {
        countLinksIn(((Heading) b).content(), out);
      } else if (b instanceof Image) {
        String link = ((Image) b).link();
        if (link != null) {
          out.merge(link, 1, Integer::sum);
        }
      } else if (b instanceof ListBlock) {
        for (ListItem item : ((ListBlock) b).items()) {
          countLinks(item.blocks(), out);
        }
      } else if (b instanceof Quote) {
        countLinks(((Quote) b).blocks(), out);
      } else if (b instanceof Table) {
        for (List<TableCell> row : ((Table) b).rows()) {
          for (TableCell cell : row) {
            countLinks(cell.blocks(), out);
          }
        }
      }
    }
  }

  private static void countLinksIn(List<Inline> content, Map<String, Integer> out) {
    for (Inline inline : content) {
      if (inline instanceof Link) {
        out.merge(((Link) inline).href(), 1, Integer::sum);
        countLinksIn(((Link) inline).content(), out);
      }
    }
  }
}
