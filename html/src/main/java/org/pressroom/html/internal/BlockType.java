package org.pressroom.html.internal;

import org.pressroom.html.Block;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.ListBlock;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;

/**
 * The type of a block as a value, with its body JSON name. For code that asks what a block is
 * without needing the record ({@code BlockType.of(b) == HEADING}); code that reads the record uses
 * a pattern ({@code b instanceof Heading h}) or the block's visitor.
 */
public enum BlockType {
  PARAGRAPH("paragraph"),
  HEADING("heading"),
  LIST("list"),
  QUOTE("quote"),
  DIVIDER("divider"),
  IMAGE("image"),
  CONTACT("contact"),
  EMBED("embed"),
  TABLE("table"),
  PREFORMATTED("preformatted");

  private final String jsonName;

  BlockType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the block's {@code "type"} in the body JSON} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return the type of a block} */
  public static BlockType of(Block block) {
    return block.accept(OF);
  }

  /**
   * {@return whether a block is a paragraph or a heading}: the blocks that are one run of inlines
   */
  public static boolean isTextual(Block block) {
    BlockType type = of(block);
    return type == PARAGRAPH || type == HEADING;
  }

  private static final Block.Visitor<BlockType> OF =
      new Block.Visitor<>() {
        @Override
        public BlockType visitParagraph(Paragraph paragraph) {
          return PARAGRAPH;
        }

        @Override
        public BlockType visitHeading(Heading heading) {
          return HEADING;
        }

        @Override
        public BlockType visitList(ListBlock list) {
          return LIST;
        }

        @Override
        public BlockType visitQuote(Quote quote) {
          return QUOTE;
        }

        @Override
        public BlockType visitDivider(Divider divider) {
          return DIVIDER;
        }

        @Override
        public BlockType visitImage(Image image) {
          return IMAGE;
        }

        @Override
        public BlockType visitContact(ContactBlock contact) {
          return CONTACT;
        }

        @Override
        public BlockType visitEmbed(Embed embed) {
          return EMBED;
        }

        @Override
        public BlockType visitTable(Table table) {
          return TABLE;
        }

        @Override
        public BlockType visitPreformatted(Preformatted preformatted) {
          return PREFORMATTED;
        }
      };
}
