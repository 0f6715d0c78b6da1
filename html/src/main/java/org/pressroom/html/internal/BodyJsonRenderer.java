package org.pressroom.html.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Role;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;

/**
 * The body JSON of DESIGN section 3. Stateless and thread-safe; each call makes its own {@link
 * JsonOut}. Nested blocks are written by recursion, one visitor frame per level of the model
 * (bounded by the parser's depth limit).
 */
public final class BodyJsonRenderer implements BodyRenderer {
  /** The one instance. */
  public static final BodyJsonRenderer INSTANCE = new BodyJsonRenderer();

  private BodyJsonRenderer() {}

  @Override
  public String render(Body body) {
    return Out.render(out -> write(body, new JsonOut(out, 0)));
  }

  @Override
  public void render(Body body, Appendable out) throws IOException {
    write(body, out, 0);
  }

  /**
   * Writes the body JSON as the value of a key at some depth: lines after the first are indented by
   * four more spaces per level, so that {@code level} 1 fits {@code {"release": ..., "body":
   * HERE}}.
   *
   * @param body the body
   * @param out the destination
   * @param level the nesting level of the body object's braces, 0 for a document of its own
   * @throws IOException if appending fails
   */
  public static void write(Body body, Appendable out, int level) throws IOException {
    if (level < 0) {
      throw new IllegalArgumentException("level must be at least 0, not " + level);
    }
    Out.run(out, o -> write(body, new JsonOut(o, level)));
  }

  private static void write(Body body, JsonOut json) {
    json.beginObject();
    json.key("blocks");
    json.beginArray();
    BlockWriter top = new BlockWriter(json);
    List<Block> blocks = body.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      json.element().beginObject();
      top.role = body.role(i);
      blocks.get(i).accept(top);
      json.endObject();
    }
    json.endArray();
    json.key("dateline");
    Dateline d = body.dateline();
    if (d == null) {
      json.nullValue();
    } else {
      json.beginObject();
      json.key("location").string(d.location());
      LocalDate date = d.date();
      json.key("date").string(date == null ? null : date.toString());
      json.key("text").string(d.text());
      json.endObject();
    }
    json.key("links").beginArray();
    for (BodyLink link : body.links()) {
      json.element().beginObject();
      json.key("href").string(link.href());
      json.key("text").string(link.text());
      json.key("kind").string(link.kind().jsonName());
      json.endObject();
    }
    json.endArray();
    json.key("issues").beginArray();
    for (BodyIssue issue : body.issues()) {
      json.element().beginObject();
      json.key("kind").string(issue.kind().jsonName());
      json.key("message").string(issue.message());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void blocks(List<Block> blocks, JsonOut json) {
    json.beginArray();
    BlockWriter writer = new BlockWriter(json);
    for (Block b : blocks) {
      json.element().beginObject();
      b.accept(writer);
      json.endObject();
    }
    json.endArray();
  }

  private static void inlines(List<Inline> content, JsonOut json) {
    json.beginArray();
    InlineWriter writer = new InlineWriter(json);
    for (Inline i : content) {
      json.element().beginObject();
      i.accept(writer);
      json.endObject();
    }
    json.endArray();
  }

  /** Writes the keys of one block object, {@code type} and {@code text} first. */
  private static final class BlockWriter implements Block.Visitor<Void> {
    private final JsonOut json;

    /** The role to write after the text of the next block (a top-level one), or null. */
    @Nullable Role role;

    BlockWriter(JsonOut json) {
      this.json = json;
    }

    private void head(BlockType type, Block b) {
      json.key("type").string(type.jsonName());
      json.key("text").string(b.text());
      if (role != null) {
        json.key("role").string(role.jsonName());
        role = null;
      }
    }

    @Override
    public Void visitParagraph(Paragraph p) {
      head(BlockType.PARAGRAPH, p);
      json.key("content");
      inlines(p.content(), json);
      return null;
    }

    @Override
    public Void visitHeading(Heading h) {
      head(BlockType.HEADING, h);
      json.key("level").number(h.level());
      json.key("inferred").bool(h.inferred());
      json.key("content");
      inlines(h.content(), json);
      return null;
    }

    @Override
    public Void visitList(ListBlock list) {
      head(BlockType.LIST, list);
      json.key("ordered").bool(list.ordered());
      json.key("items").beginArray();
      for (ListItem item : list.items()) {
        json.element().beginObject();
        json.key("blocks");
        blocks(item.blocks(), json);
        json.endObject();
      }
      json.endArray();
      return null;
    }

    @Override
    public Void visitQuote(Quote quote) {
      head(BlockType.QUOTE, quote);
      json.key("blocks");
      blocks(quote.blocks(), json);
      return null;
    }

    @Override
    public Void visitDivider(Divider divider) {
      head(BlockType.DIVIDER, divider);
      return null;
    }

    @Override
    public Void visitImage(Image image) {
      head(BlockType.IMAGE, image);
      json.key("src").string(image.src());
      json.key("alt").string(image.alt());
      json.key("caption").string(image.caption());
      json.key("link").string(image.link());
      return null;
    }

    @Override
    public Void visitContact(ContactBlock contact) {
      head(BlockType.CONTACT, contact);
      Contact c = contact.contact();
      json.key("contact").beginObject();
      for (Contact.Field f : Contact.Field.values()) {
        json.key(f.jsonName()).string(f.of(c));
      }
      json.endObject();
      json.key("avatar").string(contact.avatar());
      json.key("origin").string(contact.origin().jsonName());
      return null;
    }

    @Override
    public Void visitEmbed(Embed embed) {
      head(BlockType.EMBED, embed);
      json.key("src").string(embed.src());
      return null;
    }

    @Override
    public Void visitTable(Table table) {
      head(BlockType.TABLE, table);
      json.key("rows").beginArray();
      for (List<TableCell> row : table.rows()) {
        json.element().beginArray();
        for (TableCell cell : row) {
          json.element().beginObject();
          json.key("header").bool(cell.header());
          json.key("colspan").number(cell.colspan());
          json.key("rowspan").number(cell.rowspan());
          json.key("blocks");
          blocks(cell.blocks(), json);
          json.endObject();
        }
        json.endArray();
      }
      json.endArray();
      return null;
    }

    @Override
    public Void visitPreformatted(Preformatted pre) {
      head(BlockType.PREFORMATTED, pre);
      return null;
    }
  }

  /** Writes the keys of one inline object, {@code type} first. */
  private static final class InlineWriter implements Inline.Visitor<Void> {
    private final JsonOut json;

    InlineWriter(JsonOut json) {
      this.json = json;
    }

    private void type(InlineType type) {
      json.key("type").string(type.jsonName());
    }

    @Override
    public Void visitText(Text text) {
      type(InlineType.TEXT);
      json.key("text").string(text.text());
      json.key("marks").beginArray();
      for (Mark m : Mark.values()) {
        if (text.has(m)) {
          json.element().string(m.jsonName());
        }
      }
      json.endArray();
      return null;
    }

    @Override
    public Void visitLink(Link link) {
      type(InlineType.LINK);
      json.key("href").string(link.href());
      json.key("content");
      inlines(link.content(), json);
      return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
      type(InlineType.BREAK);
      return null;
    }

    @Override
    public Void visitImage(InlineImage image) {
      type(InlineType.IMAGE);
      json.key("src").string(image.src());
      json.key("alt").string(image.alt());
      return null;
    }
  }
}
