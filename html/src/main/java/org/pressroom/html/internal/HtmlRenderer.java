package org.pressroom.html.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
import org.pressroom.html.Link;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;

/**
 * Clean HTML, safe by construction: only the elements {@code p h1-h6 ul ol li blockquote hr figure
 * figcaption img a strong em u s sub sup code br pre table tbody tr th td address}, only the
 * attributes {@code href src alt title target rel}; every text and attribute value escaped ({@code
 * & < > " '}), C0 controls other than tab and line break dropped; URLs only as {@link SafeUrls}
 * allows (a link with another URL is written as its content, an image as nothing). An embed is
 * written as a link to its URL ({@code <p><a href>}), never an {@code <iframe>}, and only for http
 * and https. A link's {@code target} is kept when it is one of {@code _blank _self _parent _top},
 * and {@code _blank} adds {@code rel="noopener noreferrer"}. A contact is an {@code <address>}: a
 * card's name in {@code <strong>} then its other fields a line each (email and phones as {@code
 * mailto:}/{@code tel:} links, web fields as links when they are http(s) URLs); a textual contact's
 * lines. Block elements start on a line of their own; the output ends with a line break unless
 * empty.
 *
 * <p>Stateless and thread-safe; recursion of one visitor frame per nesting level of the model.
 */
public final class HtmlRenderer implements BodyRenderer {
  /** The one instance. */
  public static final HtmlRenderer INSTANCE = new HtmlRenderer();

  private static final Set<String> TARGETS = Set.of("_blank", "_self", "_parent", "_top");

  private HtmlRenderer() {}

  /**
   * {@return a table as this renderer writes it}: {@code <table>}, a row a line, no blank line (so
   * that it is one HTML block in Markdown)
   *
   * @param table the table
   */
  static String table(Table table) {
    return Out.render(out -> new Writer(out).visitTable(table));
  }

  @Override
  public String render(Body body) {
    return Out.render(out -> new Writer(out).blocks(body.blocks()));
  }

  @Override
  public void render(Body body, Appendable out) throws IOException {
    Out.run(out, o -> new Writer(o).blocks(body.blocks()));
  }

  /** Appends text escaped for both text and attribute values. */
  static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          if (c >= ' ' || c == '\n' || c == '\t') {
            sb.append(c);
          }
      }
    }
  }

  private static String tag(Mark m) {
    switch (m) {
      case BOLD:
        return "strong";
      case ITALIC:
        return "em";
      case UNDERLINE:
        return "u";
      case STRIKETHROUGH:
        return "s";
      case SUBSCRIPT:
        return "sub";
      case SUPERSCRIPT:
        return "sup";
      case CODE:
        return "code";
      default:
        throw new AssertionError(m);
    }
  }

  private static final class Writer implements Block.Visitor<Void> {
    private final Out out;

    Writer(Out out) {
      this.out = out;
    }

    void blocks(List<Block> blocks) {
      for (Block b : blocks) {
        b.accept(this);
      }
    }

    private void element(String name, List<Inline> content) {
      StringBuilder sb = new StringBuilder();
      sb.append('<').append(name).append('>');
      inline(content, sb);
      sb.append("</").append(name).append(">\n");
      out.append(sb);
    }

    @Override
    public Void visitParagraph(Paragraph p) {
      if (!p.content().isEmpty()) {
        element("p", p.content());
      }
      return null;
    }

    @Override
    public Void visitHeading(Heading h) {
      element("h" + h.level(), h.content());
      return null;
    }

    /** Blocks inside a list item or table cell: a lone paragraph's content directly. */
    private void contained(List<Block> blocks) {
      if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph only) {
        StringBuilder sb = new StringBuilder();
        inline(only.content(), sb);
        out.append(sb);
      } else if (!blocks.isEmpty()) {
        out.append('\n');
        blocks(blocks);
      }
    }

    @Override
    public Void visitList(ListBlock list) {
      String name = list.ordered() ? "ol" : "ul";
      out.append('<').append(name).append(">\n");
      for (ListItem item : list.items()) {
        out.append("<li>");
        contained(item.blocks());
        out.append("</li>\n");
      }
      out.append("</").append(name).append(">\n");
      return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
      out.append("<blockquote>\n");
      blocks(quote.blocks());
      out.append("</blockquote>\n");
      return null;
    }

    @Override
    public Void visitDivider(Divider divider) {
      out.append("<hr>\n");
      return null;
    }

    @Override
    public Void visitImage(Image image) {
      String caption = image.caption();
      StringBuilder sb = new StringBuilder();
      if (!SafeUrls.isSafeImage(image.src())) {
        if (caption != null && !caption.isBlank()) {
          sb.append("<p>");
          escape(caption, sb);
          sb.append("</p>\n");
          out.append(sb);
        }
        return null;
      }
      sb.append("<figure>");
      String link = image.link();
      boolean linked = link != null && SafeUrls.isSafeLink(link);
      if (linked) {
        sb.append("<a href=\"");
        escape(Objects.requireNonNull(link), sb);
        sb.append("\">");
      }
      img(image.src(), image.alt(), sb);
      if (linked) {
        sb.append("</a>");
      }
      if (caption != null && !caption.isEmpty()) {
        sb.append("<figcaption>");
        escape(caption, sb);
        sb.append("</figcaption>");
      }
      sb.append("</figure>\n");
      out.append(sb);
      return null;
    }

    @Override
    public Void visitContact(ContactBlock contact) {
      StringBuilder sb = new StringBuilder("<address>");
      if (contact.origin() != ContactBlock.Origin.CARD) {
        String[] lines = contact.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            sb.append("<br>");
          }
          escape(lines[i], sb);
        }
      } else {
        Contact c = contact.contact();
        sb.append("<strong>");
        escape(c.name(), sb);
        sb.append("</strong>");
        for (Contact.Field f : Contact.Field.values()) {
          if (f != Contact.Field.NAME) {
            field(f.of(c), linkScheme(f), sb);
          }
        }
      }
      sb.append("</address>\n");
      out.append(sb);
      return null;
    }

    /** {@return how a field links: its scheme, "" for an http(s) value only, null for no link} */
    private static @Nullable String linkScheme(Contact.Field f) {
      return switch (f) {
        case EMAIL -> "mailto:";
        case TELEPHONE, MOBILE -> "tel:";
        case WEBSITE, TWITTER, FACEBOOK -> "";
        default -> null;
      };
    }

    /**
     * A line of a card: as a link when {@code scheme} is given ({@code ""}: only an http(s) value).
     */
    private static void field(@Nullable String value, @Nullable String scheme, StringBuilder sb) {
      if (value == null || value.isBlank()) {
        return;
      }
      sb.append("<br>");
      String href = null;
      if (scheme != null) {
        if (scheme.isEmpty()) {
          href = SafeUrls.isWebUrl(value) ? value : null;
        } else {
          href = value.regionMatches(true, 0, scheme, 0, scheme.length()) ? value : scheme + value;
        }
      }
      if (href != null) {
        sb.append("<a href=\"");
        escape(href, sb);
        sb.append("\">");
        escape(value, sb);
        sb.append("</a>");
      } else {
        escape(value, sb);
      }
    }

    @Override
    public Void visitEmbed(Embed embed) {
      if (SafeUrls.isSafeEmbed(embed.src())) {
        StringBuilder sb = new StringBuilder("<p><a href=\"");
        escape(embed.src(), sb);
        sb.append("\">");
        escape(embed.src(), sb);
        sb.append("</a></p>\n");
        out.append(sb);
      }
      return null;
    }

    @Override
    public Void visitTable(Table table) {
      out.append("<table>\n<tbody>\n");
      for (List<TableCell> row : table.rows()) {
        out.append("<tr>");
        for (TableCell cell : row) {
          String name = cell.header() ? "th" : "td";
          out.append('<').append(name);
          if (cell.colspan() > 1) {
            out.append(" colspan=\"").append(Integer.toString(cell.colspan())).append('"');
          }
          if (cell.rowspan() > 1) {
            out.append(" rowspan=\"").append(Integer.toString(cell.rowspan())).append('"');
          }
          out.append('>');
          contained(cell.blocks());
          out.append("</").append(name).append('>');
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      return null;
    }

    @Override
    public Void visitPreformatted(Preformatted pre) {
      StringBuilder sb = new StringBuilder("<pre>");
      if (pre.text().startsWith("\n")) {
        // An HTML parser drops one line break right after <pre>.
        sb.append('\n');
      }
      escape(pre.text(), sb);
      sb.append("</pre>\n");
      out.append(sb);
      return null;
    }
  }

  private static void img(String src, String alt, StringBuilder sb) {
    sb.append("<img src=\"");
    escape(src, sb);
    sb.append("\" alt=\"");
    escape(alt, sb);
    sb.append("\">");
  }

  /**
   * Renders inline content: marks nest in {@link Mark} order, closed and reopened where they
   * change.
   */
  static void inline(List<Inline> content, StringBuilder sb) {
    List<Mark> open = new ArrayList<>();
    List<Boolean> links = new ArrayList<>();
    int writtenLinks = 0;
    for (Piece p : Pieces.of(content)) {
      switch (p.kind()) {
        case TEXT:
          {
            int keep = 0;
            while (keep < open.size() && p.marks().contains(open.get(keep))) {
              keep++;
            }
            closeTo(open, keep, sb);
            for (Mark m : Mark.values()) {
              if (p.marks().contains(m) && !open.contains(m)) {
                sb.append('<').append(tag(m)).append('>');
                open.add(m);
              }
            }
            escape(p.text(), sb);
            break;
          }
        case BREAK:
          sb.append("<br>");
          break;
        case LINK_OPEN:
          {
            closeTo(open, 0, sb);
            Link link = p.link();
            boolean written = link != null && writtenLinks == 0 && SafeUrls.isSafeLink(link.href());
            links.add(written);
            if (written) {
              writtenLinks++;
              anchor(Objects.requireNonNull(link), sb);
            }
            break;
          }
        case LINK_CLOSE:
          closeTo(open, 0, sb);
          if (links.remove(links.size() - 1)) {
            writtenLinks--;
            sb.append("</a>");
          }
          break;
        case IMAGE:
          InlineImage image = p.image();
          if (image != null && SafeUrls.isSafeImage(image.src())) {
            img(image.src(), image.alt(), sb);
          }
          break;
        default:
          throw new AssertionError(p.kind());
      }
    }
    closeTo(open, 0, sb);
  }

  private static void closeTo(List<Mark> open, int size, StringBuilder sb) {
    while (open.size() > size) {
      sb.append("</").append(tag(open.remove(open.size() - 1))).append('>');
    }
  }

  private static void anchor(Link link, StringBuilder sb) {
    sb.append("<a href=\"");
    escape(link.href(), sb);
    sb.append('"');
    String target = link.target();
    boolean blank = false;
    if (target != null && TARGETS.contains(target.toLowerCase(Locale.ROOT))) {
      target = target.toLowerCase(Locale.ROOT);
      blank = target.equals("_blank");
      sb.append(" target=\"").append(target).append('"');
    }
    List<String> rel = new ArrayList<>();
    String given = link.rel();
    if (given != null) {
      for (String token : given.trim().split("\\s+")) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.matches("[a-z]+(-[a-z]+)*") && !rel.contains(t)) {
          rel.add(t);
        }
      }
    }
    if (blank) {
      for (String t : List.of("noopener", "noreferrer")) {
        if (!rel.contains(t)) {
          rel.add(t);
        }
      }
    }
    if (!rel.isEmpty()) {
      sb.append(" rel=\"").append(String.join(" ", rel)).append('"');
    }
    sb.append('>');
  }
}
