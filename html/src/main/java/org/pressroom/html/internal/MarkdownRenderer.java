package org.pressroom.html.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;

/**
 * CommonMark. Blocks are separated by a blank line; items of a list by a line break (blocks inside
 * one item by a blank line). Headings are ATX ({@code ## }); bold {@code **}, italic {@code *}
 * (opened with {@code __}/{@code _} right after a closing delimiter, so that {@code *a*} then bold
 * does not read {@code *a***b**}), code a backtick span; underline, strikethrough, subscript and
 * superscript have no CommonMark syntax and are written as plain text. Line breaks are a backslash
 * at the end of the line. Links and images are inline ({@code [text](url)}, {@code ![alt](src
 * "caption")}, an image with a link inside a link), the destination in angle brackets when it holds
 * spaces or parentheses; links whose URL is not safe (see {@link SafeUrls}) are written as their
 * text. A divider is {@code ---}; a quote {@code > }; lists {@code -} or {@code 1.}, a list that
 * directly follows another of its kind using {@code *} or {@code 1)} so the two stay apart. A table
 * is written as one paragraph a row, cells separated by {@code " | "} (CommonMark has no tables); a
 * contact as a paragraph of lines (a card: the name in bold, then its other fields); an embed as a
 * link to its URL (http and https only); preformatted text as a fenced code block.
 *
 * <p>Text is escaped so that it never turns into markup: {@code \ ` * _ [ ] < > # ~} always, {@code
 * -}, {@code +} and {@code =} and the {@code .} or {@code )} after leading digits at the start of a
 * line, {@code !} at the end of a text, {@code &} where it would start an entity. Known limit:
 * emphasis whose text starts (or ends) with punctuation right after (or before) a letter, such as
 * {@code a**"b"**}, is not recognised by CommonMark's flanking rules.
 *
 * <p>Stateless and thread-safe; recursion of one visitor frame per nesting level of the model.
 */
public final class MarkdownRenderer implements BodyRenderer {
  /** The one instance. */
  public static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

  private MarkdownRenderer() {}

  @Override
  public String render(Body body) {
    return Out.render(out -> new Writer(new Lines(out)).blocks(body.blocks()));
  }

  @Override
  public void render(Body body, Appendable out) throws IOException {
    Out.run(out, o -> new Writer(new Lines(o)).blocks(body.blocks()));
  }

  private static final class Writer implements Block.Visitor<Void> {
    private final Lines lines;

    /** The list style for the list being visited: alternate markers keep adjacent lists apart. */
    private boolean alternate;

    Writer(Lines lines) {
      this.lines = lines;
    }

    void blocks(List<Block> blocks) {
      boolean first = true;
      @Nullable ListBlock previousList = null;
      boolean previousAlternate = false;
      for (Block b : blocks) {
        if (!first) {
          lines.requestBlank();
        }
        long before = lines.count();
        if (b instanceof ListBlock list) {
          alternate =
              previousList != null
                  && previousList.ordered() == list.ordered()
                  && !previousAlternate;
        }
        b.accept(this);
        if (lines.count() != before) {
          first = false;
          previousList = b instanceof ListBlock list ? list : null;
          previousAlternate = alternate;
        }
      }
    }

    @Override
    public Void visitParagraph(Paragraph p) {
      String s = inline(p.content(), false);
      if (!s.isEmpty()) {
        lines.text(s);
      }
      return null;
    }

    @Override
    public Void visitHeading(Heading h) {
      String s = inline(h.content(), true);
      if (!s.isEmpty()) {
        lines.text("#".repeat(h.level()) + " " + s);
      }
      return null;
    }

    @Override
    public Void visitList(ListBlock list) {
      boolean alt = alternate;
      int n = 1;
      for (ListItem item : list.items()) {
        String marker = list.ordered() ? n + (alt ? ") " : ". ") : (alt ? "* " : "- ");
        n++;
        lines.container(marker, " ".repeat(marker.length()), () -> blocks(item.blocks()));
      }
      return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
      lines.container("> ", "> ", () -> blocks(quote.blocks()));
      return null;
    }

    @Override
    public Void visitDivider(Divider divider) {
      lines.text("---");
      return null;
    }

    @Override
    public Void visitImage(Image image) {
      String caption = image.caption();
      if (!SafeUrls.isSafeImage(image.src())) {
        if (caption != null && !caption.isBlank()) {
          visitParagraph(new Paragraph(List.of(Text.plain(caption))));
        }
        return null;
      }
      StringBuilder sb = new StringBuilder();
      String link = image.link();
      boolean linked = link != null && SafeUrls.isSafeLink(link);
      if (linked) {
        sb.append('[');
      }
      sb.append("![");
      escapeText(image.alt().replace('\n', ' '), sb, false);
      sb.append("](").append(destination(image.src()));
      if (caption != null && !caption.isEmpty()) {
        sb.append(" \"");
        title(caption, sb);
        sb.append('"');
      }
      sb.append(')');
      if (linked) {
        sb.append("](").append(destination(Objects.requireNonNull(link))).append(')');
      }
      lines.text(sb.toString());
      return null;
    }

    @Override
    public Void visitContact(ContactBlock contact) {
      List<Inline> content = new ArrayList<>();
      if (contact.origin() != ContactBlock.Origin.CARD) {
        // The text as written, its label included, a line a line; emails as links.
        String[] textLines = contact.text().split("\n", -1);
        for (int i = 0; i < textLines.length; i++) {
          if (i > 0) {
            content.add(new LineBreak());
          }
          linkEmails(textLines[i], content);
        }
      } else {
        Contact c = contact.contact();
        content.add(new Text(c.name(), EnumSet.of(Mark.BOLD)));
        for (Contact.Field f : Contact.Field.values()) {
          @Nullable String field = f == Contact.Field.NAME ? null : f.of(c);
          if (field == null || field.isBlank()) {
            continue;
          }
          content.add(new LineBreak());
          if (f == Contact.Field.EMAIL) {
            content.add(mailto(field));
          } else if (f == Contact.Field.TELEPHONE) {
            content.add(Text.plain("Tel: " + field));
          } else if (f == Contact.Field.MOBILE) {
            content.add(Text.plain("Mobile: " + field));
          } else {
            content.add(Text.plain(field));
          }
        }
      }
      return visitParagraph(new Paragraph(content));
    }

    @Override
    public Void visitEmbed(Embed embed) {
      if (SafeUrls.isSafeEmbed(embed.src())) {
        visitParagraph(
            new Paragraph(
                List.of(
                    new Link(
                        embed.src(), LinkKind.WEB, List.of(Text.plain(embed.src())), null, null))));
      }
      return null;
    }

    /**
     * A table with a header row, no spans and one paragraph at most in each cell is a GFM pipe
     * table; any other an HTML block (CommonMark passes it through).
     */
    @Override
    public Void visitTable(Table table) {
      if (!isPipeTable(table)) {
        for (String line : HtmlRenderer.table(table).split("\n")) {
          if (!line.isBlank()) {
            lines.text(line); // no blank line: it would end the HTML block
          }
        }
        return null;
      }
      int columns = table.rows().get(0).size();
      StringBuilder sb = new StringBuilder();
      for (int r = 0; r < table.rows().size(); r++) {
        List<TableCell> row = table.rows().get(r);
        sb.setLength(0);
        sb.append('|');
        for (int i = 0; i < columns; i++) {
          sb.append(' ');
          if (i < row.size() && !row.get(i).blocks().isEmpty()) {
            Block b = row.get(i).blocks().get(0);
            List<Inline> content =
                b instanceof Paragraph ? ((Paragraph) b).content() : ((Heading) b).content();
            String cell = inline(content, true);
            for (int k = 0; k < cell.length(); k++) {
              char c = cell.charAt(k);
              if (c == '|') {
                sb.append('\\'); // a pipe ends a cell, even inside code or a link
              }
              sb.append(c);
            }
          }
          sb.append(" |");
        }
        lines.text(sb.toString());
        if (r == 0) {
          sb.setLength(0);
          sb.append('|');
          for (int i = 0; i < columns; i++) {
            sb.append(" --- |");
          }
          lines.text(sb.toString());
        }
      }
      return null;
    }

    private static boolean isPipeTable(Table table) {
      List<List<TableCell>> rows = table.rows();
      if (rows.isEmpty() || rows.get(0).isEmpty()) {
        return false;
      }
      int columns = rows.get(0).size();
      for (int r = 0; r < rows.size(); r++) {
        List<TableCell> row = rows.get(r);
        if (row.size() > columns) {
          return false;
        }
        for (TableCell cell : row) {
          if (cell.spans() || (r == 0 && !cell.header()) || cell.blocks().size() > 1) {
            return false;
          }
          if (!cell.blocks().isEmpty()
              && !(cell.blocks().get(0) instanceof Paragraph)
              && !(cell.blocks().get(0) instanceof Heading)) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public Void visitPreformatted(Preformatted pre) {
      String text = pre.text();
      int longest = 0;
      int run = 0;
      for (int i = 0; i < text.length(); i++) {
        run = text.charAt(i) == '`' ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      String fence = "`".repeat(Math.max(3, longest + 1));
      lines.text(fence);
      if (!text.isEmpty()) {
        lines.text(text);
      }
      lines.text(fence);
      return null;
    }
  }

  /** An email address in a contact's text. */
  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

  /** Adds a line of text, its email addresses as {@code mailto:} links. */
  private static void linkEmails(String line, List<Inline> content) {
    Matcher m = EMAIL.matcher(line);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        content.add(Text.plain(line.substring(at, m.start())));
      }
      content.add(mailto(m.group()));
      at = m.end();
    }
    if (at < line.length()) {
      content.add(Text.plain(line.substring(at)));
    }
  }

  private static Link mailto(String email) {
    return new Link("mailto:" + email, LinkKind.EMAIL, List.of(Text.plain(email)), null, null);
  }

  // ---- inline content ----

  private static final Set<Mark> EMPHASIS = EnumSet.of(Mark.BOLD, Mark.ITALIC);

  /**
   * Renders inline content; lines are separated by {@code \n} (each ending in a backslash before
   * it).
   */
  static String inline(List<Inline> content, boolean oneLine) {
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
              sb.append("](").append(destination(href)).append(')');
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
              escapeText(image.alt().replace('\n', ' '), sb, false);
              sb.append("](").append(destination(image.src())).append(')');
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
        escapeText(s, sb, lineStart);
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

  /** Escapes text so that CommonMark reads it back as the same literal text. */
  static void escapeText(String s, StringBuilder sb, boolean lineStart) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean atStart = lineStart && i == 0;
      switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '~':
          sb.append('\\').append(c);
          break;
        case '-':
        case '+':
        case '=':
          if (atStart) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '!':
          if (i == n - 1) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '&':
          if (startsEntity(s, i)) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '.':
        case ')':
          if (lineStart && i > 0 && i <= 9 && allDigits(s, 0, i)) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        default:
          sb.append(c);
      }
    }
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an entity or numeric character reference ({@code &amp;}, {@code &#39;}, {@code &#x27;})
   * starts here.
   */
  static boolean startsEntity(String s, int amp) {
    int i = amp + 1;
    int n = s.length();
    if (i < n && s.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      while (i < n
          && i - start < 8
          && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0
          && s.charAt(i) < 128) {
        i++;
      }
      return i > start && i < n && s.charAt(i) == ';';
    }
    int start = i;
    while (i < n && i - start < 32 && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i > start && i < n && s.charAt(i) == ';';
  }

  /** A link destination that CommonMark reads back as exactly {@code url}. */
  static String destination(String url) {
    boolean pointy = url.isEmpty();
    for (int i = 0; i < url.length() && !pointy; i++) {
      char c = url.charAt(i);
      pointy = c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>';
    }
    StringBuilder sb = new StringBuilder(url.length() + 2);
    if (pointy) {
      sb.append('<');
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(c == '\n' ? "%0A" : "%0D");
      } else if (c == '\\' || c == '<' || c == '>' || (c == '&' && startsEntity(url, i))) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    if (pointy) {
      sb.append('>');
    }
    return sb.toString();
  }

  /** A link title in double quotes, read back as {@code s} with line breaks as spaces. */
  static void title(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else if (c == '"' || c == '\\' || (c == '&' && startsEntity(s, i))) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
  }
}
