package org.pressroom.html.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
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
    return Out.render(out -> new Writer(new Lines(out)).blocks(body.blocks(), true));
  }

  @Override
  public void render(Body body, Appendable out) throws IOException {
    Out.run(out, o -> new Writer(new Lines(o)).blocks(body.blocks(), true));
  }

  private static final class Writer extends LineWriter {
    /** The list style for the list being visited: alternate markers keep adjacent lists apart. */
    private boolean alternate;

    Writer(Lines lines) {
      super(lines);
    }

    /**
     * A list right after another of its kind takes the other markers, unless that one did; an empty
     * list writes nothing and leaves the markers as they were.
     */
    @Override
    void block(Block b, @Nullable Block previous) {
      if (b instanceof ListBlock list && !list.items().isEmpty()) {
        alternate =
            previous instanceof ListBlock before
                && before.ordered() == list.ordered()
                && !alternate;
      }
      b.accept(this);
    }

    @Override
    public Void visitParagraph(Paragraph p) {
      String s = MarkdownInline.write(p.content(), false);
      if (!s.isEmpty()) {
        lines.text(s);
      }
      return null;
    }

    @Override
    public Void visitHeading(Heading h) {
      String s = MarkdownInline.write(h.content(), true);
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
        lines.container(marker, " ".repeat(marker.length()), () -> blocks(item.blocks(), true));
      }
      return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
      lines.container("> ", "> ", () -> blocks(quote.blocks(), true));
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
      MarkdownEscapes.escapeText(image.alt().replace('\n', ' '), sb, false);
      sb.append("](").append(MarkdownEscapes.destination(image.src()));
      if (caption != null && !caption.isEmpty()) {
        sb.append(" \"");
        MarkdownEscapes.title(caption, sb);
        sb.append('"');
      }
      sb.append(')');
      if (linked) {
        sb.append("](")
            .append(MarkdownEscapes.destination(Objects.requireNonNull(link)))
            .append(')');
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
            List<Inline> content = b instanceof Paragraph p ? p.content() : ((Heading) b).content();
            String cell = MarkdownInline.write(content, true);
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
          if (!cell.blocks().isEmpty() && !BlockType.isTextual(cell.blocks().get(0))) {
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
}
