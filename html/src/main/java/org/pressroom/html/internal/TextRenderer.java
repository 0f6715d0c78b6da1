package org.pressroom.html.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Link;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;

/**
 * Plain text: top-level blocks (and blocks in a quote) separated by a blank line, a block's lines
 * as its {@code text()}; list items as {@code - } or {@code 1. } lines, their further lines and
 * nested blocks indented by the marker's width; quotes prefixed {@code > }; a divider as {@code
 * ---}; an image as its caption, else its alt text in square brackets, else nothing (an image in a
 * line of text as its alt text in square brackets, else nothing); a list item that renders as
 * nothing (an image without caption or alt text) is left out, not written as a bare marker; a
 * contact card as its name and then its other fields, one a line; a textual contact as its text; an
 * embed as its URL; a table as one line a row, cells separated by a tab (a cell's line breaks
 * become spaces); preformatted text as is. Output ends with a line break unless empty. Every word
 * of every block's text appears, in order. Stateless and thread-safe; recursion of one visitor
 * frame per nesting level of the model.
 */
public final class TextRenderer implements BodyRenderer {
  /** The one instance. */
  public static final TextRenderer INSTANCE = new TextRenderer();

  private TextRenderer() {}

  @Override
  public String render(Body body) {
    return Out.render(out -> write(body, out));
  }

  @Override
  public void render(Body body, Appendable out) throws IOException {
    Out.run(out, o -> write(body, o));
  }

  private static void write(Body body, Out out) {
    new Writer(new Lines(out)).blocks(body.blocks(), true);
  }

  private static final class Writer extends LineWriter {
    Writer(Lines lines) {
      super(lines);
    }

    private void text(String s) {
      if (!s.isEmpty()) {
        lines.text(s);
      }
    }

    @Override
    public Void visitParagraph(Paragraph p) {
      text(hasAltText(p.content()) ? new Paragraph(withAltText(p.content())).text() : p.text());
      return null;
    }

    @Override
    public Void visitHeading(Heading h) {
      text(hasAltText(h.content()) ? new Paragraph(withAltText(h.content())).text() : h.text());
      return null;
    }

    /** Whether the content holds an inline image with alt text, at any depth of links. */
    private static boolean hasAltText(List<Inline> content) {
      for (Inline i : content) {
        if (i instanceof InlineImage image && !image.alt().isBlank()) {
          return true;
        }
        if (i instanceof Link link && hasAltText(link.content())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The content with links unwrapped and each inline image with alt text as {@code [alt]}, as an
     * image block's alt text is written; the text rules then apply as to any paragraph.
     */
    private static List<Inline> withAltText(List<Inline> content) {
      List<Inline> out = new ArrayList<>(content.size());
      for (Inline i : content) {
        if (i instanceof InlineImage image) {
          String alt = image.alt();
          if (!alt.isBlank()) {
            out.add(new Text("[" + alt.replace('\n', ' ') + "]", Set.of()));
          }
        } else if (i instanceof Link link) {
          out.addAll(withAltText(link.content()));
        } else {
          out.add(i);
        }
      }
      return out;
    }

    @Override
    public Void visitList(ListBlock list) {
      int n = 1;
      for (ListItem item : list.items()) {
        String marker = list.ordered() ? n + ". " : "- ";
        // Not lines.container(...): an item that writes nothing (an image without alt text) is
        // left out, rather than shown as a bare marker, and not numbered.
        lines.push(marker, " ".repeat(marker.length()));
        long before = lines.count();
        blocks(item.blocks(), false);
        if (lines.count() != before) {
          n++;
        }
        lines.pop();
      }
      return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
      lines.push("> ", "> ");
      blocks(quote.blocks(), true);
      lines.cancelBlank();
      lines.pop();
      return null;
    }

    @Override
    public Void visitImage(Image image) {
      String caption = image.caption();
      if (caption != null && !caption.isEmpty()) {
        text(caption);
      } else if (!image.alt().isBlank()) {
        text("[" + image.alt().replace('\n', ' ') + "]");
      }
      return null;
    }

    @Override
    public Void visitContact(ContactBlock contact) {
      if (contact.origin() != ContactBlock.Origin.CARD) {
        text(contact.text());
        return null;
      }
      StringBuilder sb =
          new StringBuilder(contact.text().isEmpty() ? contact.contact().name() : contact.text());
      Contact c = contact.contact();
      for (Contact.Field f : Contact.Field.values()) {
        @Nullable String field = f == Contact.Field.NAME ? null : f.of(c);
        if (field != null && !field.isBlank()) {
          sb.append('\n').append(field.strip());
        }
      }
      text(sb.toString());
      return null;
    }

    @Override
    public Void visitEmbed(Embed embed) {
      text(embed.src());
      return null;
    }

    @Override
    public Void visitTable(Table table) {
      for (List<TableCell> row : table.rows()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            sb.append('\t');
          }
          sb.append(row.get(i).text().replace('\n', ' '));
        }
        if (sb.toString().isBlank()) {
          continue;
        }
        lines.text(sb.toString());
      }
      return null;
    }

    @Override
    public Void visitPreformatted(Preformatted pre) {
      text(pre.text());
      return null;
    }
  }
}
