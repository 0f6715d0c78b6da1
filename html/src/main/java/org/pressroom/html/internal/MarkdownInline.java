package org.pressroom.html.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Link;
import org.pressroom.html.Mark;

/**
 * The inline content of a Markdown block: bold {@code **} and italic {@code *} (opened with {@code
 * __}/{@code _} right after a closing delimiter), code as a backtick span, line breaks as a
 * backslash at the end of the line, links and images inline (a link whose URL is not safe, or that
 * stands inside another, as its text). Text is escaped by {@link MarkdownEscapes}.
 */
final class MarkdownInline {
  private MarkdownInline() {}

  private static final Set<Mark> EMPHASIS = EnumSet.of(Mark.BOLD, Mark.ITALIC);

  /**
   * Renders inline content; lines are separated by {@code \n} (each ending in a backslash before
   * it).
   */
  static String write(List<Inline> content, boolean oneLine) {
    return new InlineWriter(oneLine).write(Pieces.of(content));
  }

  private static final class InlineWriter {
    private final StringBuilder sb = new StringBuilder();
    private final boolean oneLine;
    private final Deque<Mark> open = new ArrayDeque<>();

    /** The delimiter each open mark was opened with, in the same order as {@link #open}. */
    private final Deque<String> delimiters = new ArrayDeque<>();

    /**
     * Whether the last thing written is a closing delimiter: an opener right after it must not be a
     * {@code *}.
     */
    private boolean justClosed;

    /** For each open link, whether it is written as a link (safe and not nested in another). */
    private final Deque<Boolean> links = new ArrayDeque<>();

    private final Deque<String> hrefs = new ArrayDeque<>();
    private int writtenLinks;
    private boolean pendingSpace;
    private boolean pendingSpaceWritten;
    private boolean lineStart = true;

    InlineWriter(boolean oneLine) {
      this.oneLine = oneLine;
    }

    private void lineBreak() {
      closeAll();
      pendingSpace = false;
      if (oneLine) {
        sb.append(' ');
        justClosed = false;
      } else {
        sb.append("\\\n");
        lineStart = true;
        justClosed = false;
      }
    }

    String write(List<Piece> pieces) {
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        switch (p.kind()) {
          case TEXT:
            if (p.isSpace()) {
              pendingSpace = true;
            } else {
              text(p);
            }
            break;
          case BREAK:
            lineBreak();
            break;
          case LINK_OPEN:
            closeAll();
            // Breaks at the start of the link's text go before it: the link opens the next line.
            while (i + 1 < pieces.size() && pieces.get(i + 1).kind() == Piece.Kind.BREAK) {
              lineBreak();
              i++;
            }
            flushSpace();
            Link link = p.link();
            boolean written = link != null && writtenLinks == 0 && SafeUrls.isSafeLink(link.href());
            links.push(written);
            hrefs.push(link == null ? "" : link.href());
            if (written) {
              writtenLinks++;
              sb.append('[');
              lineStart = false;
              justClosed = false;
            }
            break;
          case LINK_CLOSE:
            closeAll();
            String href = hrefs.pop();
            if (links.pop()) {
              writtenLinks--;
              sb.append("](").append(MarkdownEscapes.destination(href)).append(')');
              lineStart = false;
              justClosed = false;
            }
            break;
          case IMAGE:
            closeAll();
            flushSpace();
            InlineImage image = p.image();
            if (image != null && SafeUrls.isSafeImage(image.src())) {
              sb.append("![");
              MarkdownEscapes.escapeText(image.alt().replace('\n', ' '), sb, false);
              sb.append("](").append(MarkdownEscapes.destination(image.src())).append(')');
              lineStart = false;
              justClosed = false;
            }
            break;
          default:
            throw new AssertionError(p.kind());
        }
      }
      closeAll();
      return sb.toString();
    }

    private void flushSpace() {
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
    }

    private void text(Piece p) {
      Set<Mark> want = EnumSet.noneOf(Mark.class);
      for (Mark m : p.marks()) {
        if (EMPHASIS.contains(m)) {
          want.add(m);
        }
      }
      // Close from the innermost open mark down to the first one not wanted.
      while (!open.isEmpty() && !want.containsAll(open)) {
        closeTop();
      }
      pendingSpaceWritten = pendingSpace;
      flushSpace();
      boolean afterCloser = justClosed && !pendingSpaceWritten;
      for (Mark m : EMPHASIS) {
        if (want.contains(m) && !open.contains(m)) {
          // "*a*" then "**b**" would read "*a***b**": open with underscores after a closer instead.
          String d = (afterCloser ? "_" : "*").repeat(m == Mark.BOLD ? 2 : 1);
          sb.append(d);
          open.push(m);
          delimiters.push(d);
          afterCloser = false;
        }
      }
      justClosed = false;
      String s = p.text();
      if (p.marks().contains(Mark.CODE)) {
        codeSpan(s);
      } else {
        MarkdownEscapes.escapeText(s, sb, lineStart);
      }
      lineStart = false;
    }

    private void closeTop() {
      open.pop();
      sb.append(delimiters.pop());
      justClosed = true;
    }

    private void closeAll() {
      while (!open.isEmpty()) {
        closeTop();
      }
    }

    private void codeSpan(String s) {
      int longest = 0;
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        run = s.charAt(i) == '`' ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      String fence = "`".repeat(longest + 1);
      boolean pad =
          s.startsWith("`")
              || s.endsWith("`")
              || (s.startsWith(" ") && s.endsWith(" ") && !s.isBlank());
      sb.append(fence);
      if (pad) {
        sb.append(' ');
      }
      sb.append(s);
      if (pad) {
        sb.append(' ');
      }
      sb.append(fence);
    }
  }
}
