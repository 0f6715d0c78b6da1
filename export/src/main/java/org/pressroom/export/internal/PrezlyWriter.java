package org.pressroom.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.Release;
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
 * A release's body as a Prezly content format document, block for block: paragraph, heading-one
 * (level 1) or heading-two (levels 2-6), bulleted-list or numbered-list of list-item with
 * list-item-text, block-quote, divider, contact, embed, table of table-row of table-cell; an image
 * on Prezly's or Uploadcare's CDN is an image-block, any other image and a preformatted block an
 * html node. Text keeps the marks Prezly has (bold, italic, underlined, subscript, superscript).
 *
 * <p>Every word of the body stays: a contact read from text or from a microformat is that text as a
 * paragraph followed by the contact node (several contacts of one text share the paragraph), a
 * block that a list item or a quote cannot hold gives its text. Node uuids are name-based (RFC 4122
 * version 3) on the release URL, the node's place and its content, so the same release always gives
 * the same document.
 */
public final class PrezlyWriter {
  /** The content format version written in the document node. */
  public static final String VERSION = "0.50";

  /** Every node type this writer writes. */
  public static final List<String> NODE_TYPES =
      List.of(
          "document",
          "paragraph",
          "heading-one",
          "heading-two",
          "bulleted-list",
          "numbered-list",
          "list-item",
          "list-item-text",
          "block-quote",
          "divider",
          "image-block",
          "contact",
          "link",
          "embed",
          "table",
          "table-row",
          "table-cell",
          "html");

  private final JsonGenerator g;
  private final String releaseUrl;

  /** The text of the contact block just written, or null after any other block. */
  private @Nullable String previousContactText;

  private PrezlyWriter(JsonGenerator g, String releaseUrl) {
    this.g = g;
    this.releaseUrl = releaseUrl;
  }

  /** {@return the Prezly content format JSON of a release's body} */
  public static String write(Release release, Body body) {
    return Json.write(false, g -> new PrezlyWriter(g, release.url().toString()).document(body));
  }

  private void document(Body body) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "document");
    g.writeStringField("version", VERSION);
    g.writeArrayFieldStart("children");
    List<Block> blocks = body.blocks();
    if (blocks.isEmpty()) {
      // an editor's document always holds a block: an empty body is one empty paragraph
      element("paragraph", List.of());
    }
    for (int i = 0; i < blocks.size(); i++) {
      block(blocks.get(i), String.valueOf(i));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- blocks ----

  private void block(Block b, String place) throws IOException {
    if (b instanceof ContactBlock contact) {
      contact(contact, place);
      return;
    }
    previousContactText = null;
    if (b instanceof Paragraph paragraph) {
      element("paragraph", paragraph.content());
    } else if (b instanceof Heading h) {
      element(h.level() == 1 ? "heading-one" : "heading-two", h.content());
    } else if (b instanceof ListBlock list) {
      list(list, place);
    } else if (b instanceof Quote quote) {
      quote(quote);
    } else if (b instanceof Image image) {
      image(image);
    } else if (b instanceof Embed embed) {
      embed(embed, place);
    } else if (b instanceof Table table) {
      table(table, place);
    } else if (b instanceof Preformatted preformatted) {
      html(preformatted);
    } else {
      // a Divider, the one type of the sealed Block left
      voidElement("divider");
      g.writeEndObject();
    }
  }

  /** A node with inline children. */
  private void element(String type, List<Inline> content) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeArrayFieldStart("children");
    inlines(content);
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Starts a node whose only child is an empty text; the caller adds fields and ends it. */
  private void voidElement(String type) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    emptyChildren();
  }

  private void emptyChildren() throws IOException {
    g.writeArrayFieldStart("children");
    g.writeStartObject();
    g.writeStringField("text", "");
    g.writeEndObject();
    g.writeEndArray();
  }

  private void list(ListBlock list, String place) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", list.ordered() ? "numbered-list" : "bulleted-list");
    g.writeArrayFieldStart("children");
    List<ListItem> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      g.writeStartObject();
      g.writeStringField("type", "list-item");
      g.writeArrayFieldStart("children");
      List<Block> blocks = items.get(i).blocks();
      boolean any = false;
      for (int j = 0; j < blocks.size(); j++) {
        Block b = blocks.get(j);
        if (b instanceof ListBlock nested) {
          if (!any) {
            listItemText(List.of());
            any = true;
          }
          list(nested, place + "/" + i + "/" + j);
        } else {
          listItemText(inlinesOf(b));
          any = true;
        }
      }
      if (!any) {
        listItemText(List.of());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void listItemText(List<Inline> content) throws IOException {
    element("list-item-text", content);
  }

  /**
   * {@return a block as inline content, for a place that holds only text: a paragraph or heading as
   * its content, any other block (a quote in a quote too) as its text}
   */
  private static List<Inline> inlinesOf(Block b) {
    if (b instanceof Paragraph paragraph) {
      return paragraph.content();
    }
    if (b instanceof Heading heading) {
      return heading.content();
    }
    return List.of(Text.plain(b.text()));
  }

  private void quote(Quote quote) throws IOException {
    List<Inline> content = new ArrayList<>();
    for (Block b : quote.blocks()) {
      // a block-quote holds only text: a quote in a quote gives its text
      content.addAll(inlinesOf(b));
      content.add(new LineBreak());
    }
    if (!content.isEmpty()) {
      content.remove(content.size() - 1);
    }
    element("block-quote", content);
  }

  private void image(Image image) throws IOException {
    Uploadcare.File file = Uploadcare.parse(image.src());
    if (file == null) {
      html(image);
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", "image-block");
    g.writeObjectFieldStart("file");
    g.writeNumberField("version", 2);
    g.writeStringField("uuid", file.uuid());
    g.writeStringField("filename", file.filename());
    g.writeStringField("mime_type", file.mimeType());
    g.writeArrayFieldStart("effects");
    g.writeEndArray();
    g.writeEndObject();
    String link = image.link();
    g.writeStringField("href", link == null ? "" : link);
    g.writeStringField("layout", "contained");
    g.writeBooleanField("new_tab", false);
    g.writeStringField("width", "100%");
    g.writeArrayFieldStart("children");
    g.writeStartObject();
    String caption = image.caption();
    g.writeStringField("text", caption == null ? "" : caption);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** An html node holding Pressroom's clean HTML of one block. */
  private void html(Block b) throws IOException {
    Body one = new Body(List.of(b), null, List.of(), List.of());
    voidElement("html");
    g.writeStringField("html", BodyRenderer.html().render(one));
    g.writeEndObject();
  }

  private void contact(ContactBlock block, String place) throws IOException {
    Contact c = block.contact();
    String text = block.text();
    if (!text.equals(c.name()) && !text.equals(previousContactText)) {
      // Contact details written as text or marked up in the body: the text as written, so that no
      // word of it is lost, then the contact read from it (once for several contacts of one text).
      element("paragraph", List.of(Text.plain(text)));
    }
    previousContactText = text;
    voidElement("contact");
    g.writeStringField("uuid", uuid(place, "contact", c.toString()));
    g.writeObjectFieldStart("contact");
    g.writeStringField("name", c.name());
    g.writeStringField("company", orEmpty(c.company()));
    g.writeStringField("description", orEmpty(c.description()));
    g.writeStringField("email", orEmpty(c.email()));
    g.writeStringField("phone", orEmpty(c.telephone()));
    g.writeStringField("mobile", orEmpty(c.mobile()));
    g.writeStringField("website", orEmpty(c.website()));
    g.writeStringField("twitter", orEmpty(c.twitter()));
    g.writeStringField("facebook", orEmpty(c.facebook()));
    g.writeStringField("avatar_url", orEmpty(block.avatar()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private void embed(Embed embed, String place) throws IOException {
    voidElement("embed");
    g.writeStringField("uuid", uuid(place, "embed", embed.src()));
    g.writeStringField("url", embed.src());
    g.writeObjectFieldStart("oembed");
    g.writeStringField("type", "link");
    g.writeStringField("url", embed.src());
    g.writeStringField("version", "1.0");
    g.writeEndObject();
    g.writeEndObject();
  }

  private void table(Table table, String place) throws IOException {
    List<List<TableCell>> rows = table.rows();
    g.writeStartObject();
    g.writeStringField("type", "table");
    g.writeArrayFieldStart("header");
    if (!rows.isEmpty() && !rows.get(0).isEmpty() && allHeaders(rows.get(0))) {
      g.writeString("first_row");
    }
    boolean firstColumn = !rows.isEmpty();
    for (List<TableCell> row : rows) {
      firstColumn &= !row.isEmpty() && row.get(0).header();
    }
    if (firstColumn && rows.size() > 1) {
      g.writeString("first_column");
    }
    g.writeEndArray();
    g.writeArrayFieldStart("children");
    for (int r = 0; r < rows.size(); r++) {
      g.writeStartObject();
      g.writeStringField("type", "table-row");
      g.writeArrayFieldStart("children");
      List<TableCell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        g.writeStartObject();
        g.writeStringField("type", "table-cell");
        TableCell cell = row.get(c);
        if (cell.colspan() > 1) {
          g.writeNumberField("colspan", cell.colspan());
        }
        if (cell.rowspan() > 1) {
          g.writeNumberField("rowspan", cell.rowspan());
        }
        g.writeArrayFieldStart("children");
        List<Block> blocks = cell.blocks();
        if (blocks.isEmpty()) {
          element("paragraph", List.of());
        }
        for (int i = 0; i < blocks.size(); i++) {
          block(blocks.get(i), place + "/" + r + "/" + c + "/" + i);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static boolean allHeaders(List<TableCell> row) {
    for (TableCell cell : row) {
      if (!cell.header()) {
        return false;
      }
    }
    return true;
  }

  // ---- inlines ----

  /**
   * Writes inline content as Slate children: text leaves with their marks, links with text leaves;
   * a line break is a {@code "\n"} in the text; an inline image, which has no words and no inline
   * node in the format, is left out. Ends with an empty text when nothing else was written, as
   * every element has at least one child.
   */
  private void inlines(List<Inline> content) throws IOException {
    int written = inlineRun(content, false);
    if (written == 0) {
      g.writeStartObject();
      g.writeStringField("text", "");
      g.writeEndObject();
    }
  }

  private int inlineRun(List<Inline> content, boolean inLink) throws IOException {
    int written = 0;
    for (Inline inline : content) {
      if (inline instanceof Text t) {
        text(t.text(), t);
        written++;
      } else if (inline instanceof Link link && inLink) {
        // a link in a link (not in HTML, but the model allows it): its text
        written += inlineRun(link.content(), true);
      } else if (inline instanceof Link link) {
        g.writeStartObject();
        g.writeStringField("type", "link");
        g.writeStringField("href", link.href());
        g.writeArrayFieldStart("children");
        if (inlineRun(link.content(), true) == 0) {
          text("", null);
        }
        g.writeEndArray();
        g.writeEndObject();
        written++;
      } else if (inline instanceof LineBreak) {
        text("\n", null);
        written++;
      }
      // an InlineImage, the one type of the sealed Inline left, has no words: left out
    }
    return written;
  }

  private void text(String text, @Nullable Text marked) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", text);
    if (marked != null) {
      mark(marked, Mark.BOLD, "bold");
      mark(marked, Mark.ITALIC, "italic");
      mark(marked, Mark.UNDERLINE, "underlined");
      mark(marked, Mark.SUBSCRIPT, "subscript");
      mark(marked, Mark.SUPERSCRIPT, "superscript");
    }
    g.writeEndObject();
  }

  private void mark(Text text, Mark mark, String name) throws IOException {
    if (text.has(mark)) {
      g.writeBooleanField(name, true);
    }
  }

  private String uuid(String place, String type, String content) {
    String name = "pressroom:" + releaseUrl + "#" + place + ":" + type + ":" + content;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
