package org.pressroom.html.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Role;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.internal.JsonCursor.Members;
import org.pressroom.html.internal.JsonCursor.ObjectKeys;

/**
 * Builds the blocks of the body JSON: an array of block objects, each of its type's keys and with
 * the {@code text} of what was read, and what blocks hold (inlines, list items, table cells, blocks
 * again, read by recursion, bounded by the depth limit). Collects the roles of the top-level
 * blocks. One per read; not thread-safe.
 */
final class BlockJsonReader {
  private static final ObjectKeys BLOCK = ObjectKeys.of("a block", "type");
  private static final ObjectKeys ITEM = ObjectKeys.of("a list item", "blocks");
  private static final ObjectKeys CELL = ObjectKeys.of("a table cell", "header", "blocks");
  private static final ObjectKeys CONTACT = ObjectKeys.of("a contact", Contact.KEYS);
  private static final JsonNames<BlockType> TYPES =
      JsonNames.listed("a block type", BlockType.values(), BlockType::jsonName);
  private static final JsonNames<Role> ROLES =
      JsonNames.listed("a role", Role.values(), Role::jsonName);
  private static final JsonNames<ContactBlock.Origin> ORIGINS =
      JsonNames.listed(
          "a contact origin", ContactBlock.Origin.values(), ContactBlock.Origin::jsonName);

  /** The keys of a nested block of each type, by ordinal: {@code type} and {@code text} too. */
  private static final ObjectKeys[] NESTED_KEYS = new ObjectKeys[BlockType.values().length];

  /** The same for a top-level block, which may have a {@code role} too. */
  private static final ObjectKeys[] TOP_KEYS = new ObjectKeys[NESTED_KEYS.length];

  static {
    for (BlockType type : BlockType.values()) {
      List<String> keys = new ArrayList<>(List.of("type", "text"));
      keys.addAll(
          switch (type) {
            case PARAGRAPH -> List.of("content");
            case HEADING -> List.of("level", "inferred", "content");
            case LIST -> List.of("ordered", "items");
            case QUOTE -> List.of("blocks");
            case DIVIDER, PREFORMATTED -> List.of();
            case IMAGE -> List.of("src", "alt", "caption", "link");
            case CONTACT -> List.of("contact", "avatar", "origin");
            case EMBED -> List.of("src");
            case TABLE -> List.of("rows");
          });
      ObjectKeys nested = ObjectKeys.of("a " + type.jsonName() + " block", keys);
      NESTED_KEYS[type.ordinal()] = nested;
      TOP_KEYS[type.ordinal()] = nested.allowing("role");
    }
  }

  private final JsonCursor in;
  private final InlineJsonReader inlines;

  /** The roles of the top-level blocks read so far, null where a block has none. */
  private final List<@Nullable Role> roles = new ArrayList<>();

  BlockJsonReader(JsonCursor in) {
    this.in = in;
    this.inlines = new InlineJsonReader(in);
  }

  /** {@return the roles of the top-level blocks read, null where a block has none} */
  List<@Nullable Role> roles() {
    return roles;
  }

  /** {@return an array of blocks}, {@code top} if they are the body's own */
  List<Block> blocks(boolean top) throws IOException {
    in.array();
    List<Block> out = new ArrayList<>();
    while (in.nextElement()) {
      out.add(block(top));
    }
    return out;
  }

  /** The fields of one block object, gathered before its type decides what they make. */
  private static final class Fields {
    @Nullable BlockType type;

    /** A top-level block's role, or null. */
    @Nullable Role role;

    @Nullable String text;
    @Nullable JsonLocation textAt;
    @Nullable List<Inline> content;
    int level;
    boolean inferred;
    boolean ordered;
    @Nullable List<ListItem> items;
    @Nullable List<Block> blocks;
    @Nullable String src;
    @Nullable String alt;
    @Nullable String caption;
    @Nullable String link;
    @Nullable Contact contact;
    @Nullable String avatar;
    ContactBlock.@Nullable Origin origin;
    @Nullable List<List<TableCell>> rows;
  }

  private Block block(boolean top) throws IOException {
    Members m = in.object("a block object", BLOCK);
    Fields f = new Fields();
    for (String key = m.next(); key != null; key = m.next()) {
      switch (key) {
        case "type" -> f.type = in.name(TYPES);
        case "text" -> {
          f.text = in.string();
          f.textAt = in.location();
        }
        case "role" -> f.role = role(m, top);
        case "content" -> f.content = inlines.inlines();
        case "level" -> f.level = in.integer(1, 6);
        case "inferred" -> f.inferred = in.bool();
        case "ordered" -> f.ordered = in.bool();
        case "items" -> f.items = items();
        case "blocks" -> f.blocks = blocks(false);
        case "src" -> f.src = in.string();
        case "alt" -> f.alt = in.string();
        case "caption" -> f.caption = in.stringOrNull();
        case "link" -> f.link = in.stringOrNull();
        case "contact" -> f.contact = contact();
        case "avatar" -> f.avatar = in.stringOrNull();
        case "origin" -> f.origin = in.name(ORIGINS);
        case "rows" -> f.rows = rows();
        default -> m.unknown();
      }
    }
    return finish(m, top, f);
  }

  /** {@return the role of a top-level block}; for a nested block, an unknown key (null) */
  private @Nullable Role role(Members m, boolean top) throws IOException {
    if (!top) {
      m.unknown("a nested block (only top-level blocks have a role)");
      return null;
    }
    return in.name(ROLES);
  }

  /**
   * Checks a block's keys and text and makes it: apart from {@link #block}, so that the frame of
   * each level of nesting stays small.
   */
  private Block finish(Members m, boolean top, Fields f) {
    m.require();
    BlockType type = Objects.requireNonNull(f.type);
    m.check((top ? TOP_KEYS : NESTED_KEYS)[type.ordinal()]);
    Block block = make(type, f);
    if (top) {
      roles.add(f.role);
    }
    String text = f.text == null ? "" : f.text;
    if (!block.text().equals(text)) {
      JsonLocation at = f.textAt == null ? m.start() : f.textAt;
      throw in.fail(
          "text does not match the block's content: expected "
              + JsonCursor.snippet(block.text())
              + ", found "
              + JsonCursor.snippet(text),
          in.pointer() + "/text",
          at);
    }
    return block;
  }

  @SuppressWarnings("NullAway") // the keys of the type were required just before
  private static Block make(BlockType type, Fields f) {
    String text = f.text == null ? "" : f.text;
    return switch (type) {
      case PARAGRAPH -> new Paragraph(f.content);
      case HEADING -> new Heading(f.level, f.inferred, f.content);
      case LIST -> new ListBlock(f.ordered, f.items);
      case QUOTE -> new Quote(f.blocks);
      case DIVIDER -> new Divider();
      case IMAGE -> new Image(f.src, f.alt, f.caption, f.link);
      case CONTACT -> new ContactBlock(f.contact, f.avatar, f.origin, text);
      case EMBED -> new Embed(f.src);
      case TABLE -> new Table(f.rows);
      case PREFORMATTED -> new Preformatted(text);
    };
  }

  private List<ListItem> items() throws IOException {
    in.array();
    List<ListItem> out = new ArrayList<>();
    while (in.nextElement()) {
      Members m = in.object("a list item object", ITEM);
      List<Block> blocks = List.of();
      for (String key = m.next(); key != null; key = m.next()) {
        if (key.equals("blocks")) {
          blocks = blocks(false);
        } else {
          m.unknown();
        }
      }
      m.require();
      out.add(new ListItem(blocks));
    }
    return out;
  }

  private List<List<TableCell>> rows() throws IOException {
    in.array();
    List<List<TableCell>> out = new ArrayList<>();
    while (in.nextElement()) {
      in.array();
      List<TableCell> row = new ArrayList<>();
      while (in.nextElement()) {
        row.add(cell());
      }
      out.add(row);
    }
    return out;
  }

  private TableCell cell() throws IOException {
    Members m = in.object("a table cell object", CELL);
    boolean header = false;
    int colspan = 1;
    int rowspan = 1;
    List<Block> blocks = List.of();
    for (String key = m.next(); key != null; key = m.next()) {
      switch (key) {
        case "header" -> header = in.bool();
        case "blocks" -> blocks = blocks(false);
        case "colspan" -> colspan = in.integer(1, Integer.MAX_VALUE);
        case "rowspan" -> rowspan = in.integer(1, Integer.MAX_VALUE);
        default -> m.unknown();
      }
    }
    m.require();
    return new TableCell(header, blocks, colspan, rowspan);
  }

  private Contact contact() throws IOException {
    Members m = in.object("a contact object", CONTACT);
    String[] values = new String[Contact.KEYS.size()];
    for (String key = m.next(); key != null; key = m.next()) {
      int index = Contact.KEYS.indexOf(key);
      if (index == 0) {
        values[0] = in.string();
      } else if (index > 0) {
        values[index] = in.stringOrNull();
      } else {
        m.unknown();
      }
    }
    m.require();
    return new Contact(
        values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
        values[8], values[9]);
  }
}
