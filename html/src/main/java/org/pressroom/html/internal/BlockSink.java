package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Link;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/**
 * One sequence of blocks being built (the body, a quote, a list item, a table cell): the paragraph
 * in progress, the list in progress, and the rules that decide what a finished paragraph becomes
 * (image, heading, contact, paragraph).
 */
final class BlockSink {
  /** The most words an inferred heading has. */
  static final int MAX_HEADING_WORDS = 15;

  private final boolean inferHeadings;
  private final List<Block> blocks = new ArrayList<>();

  /**
   * The text of each block, in step with {@link #blocks}, where flushing a paragraph already knew
   * it (else null): later rules read it instead of computing it again.
   */
  private final List<@Nullable String> texts = new ArrayList<>();

  final InlineBuilder inline = new InlineBuilder(this::flush);

  /** The level of the {@code h1}-{@code h6} being read, or 0 in a paragraph. */
  int headingLevel;

  private @Nullable ListAssembler list;

  /**
   * Whether a block of this sink may start contacts (a label, a table, preformatted text): only
   * then {@link ContactReader} runs over the blocks.
   */
  private boolean mayHoldContacts;

  BlockSink(boolean inferHeadings) {
    this.inferHeadings = inferHeadings;
  }

  /** {@return whether this sink infers headings from bold paragraphs} */
  boolean infersHeadings() {
    return inferHeadings;
  }

  /** Ends the paragraph in progress, turning its content into a block unless it is empty. */
  void flush() {
    if (!inline.hasVisible()) {
      inline.take();
      return;
    }
    List<Inline> content = inline.take();
    String known = inline.tookText();
    List<Image> images = imagesOnly(content);
    if (images != null) {
      for (Image image : images) {
        add(image);
      }
      return;
    }
    if (headingLevel > 0) {
      Heading heading = new Heading(headingLevel, false, content);
      String text = known != null ? known : heading.text();
      assert text.equals(heading.text()) : "block text of " + heading;
      if (!text.isEmpty()) {
        mayHoldContacts = mayHoldContacts || ContactReader.mayStartContacts(text);
        add(heading, text);
      }
      return;
    }
    Paragraph paragraph = new Paragraph(content);
    String text = known != null ? known : paragraph.text();
    assert text.equals(paragraph.text()) : "block text of " + paragraph;
    if (text.isEmpty()) {
      return;
    }
    mayHoldContacts = mayHoldContacts || ContactReader.mayStartContacts(text);
    if (inferHeadings && Headings.reads(content, text)) {
      add(new Heading(2, true, Headings.unmarked(content)), text); // the same text: marks change
    } else {
      add(paragraph, text);
    }
  }

  void add(Block block) {
    add(block, null);
  }

  private void add(Block block, @Nullable String text) {
    assert text == null || text.equals(block.text()) : "text of " + block;
    closeList();
    BlockType type = BlockType.of(block);
    mayHoldContacts |= type == BlockType.TABLE || type == BlockType.PREFORMATTED;
    blocks.add(block);
    texts.add(text);
  }

  /**
   * {@return the text of the block at this index of the finished blocks}, as {@link Block#text()}
   * gives it, without computing it again when flushing knew it
   */
  String text(int index) {
    String text = texts.get(index);
    return text != null ? text : blocks.get(index).text();
  }

  /** Adds an item to the list in progress (Word list paragraphs, orphan {@code <li>}). */
  void addListItem(int level, boolean ordered, List<Block> item) {
    if (list == null) {
      list = new ListAssembler(ordered);
    }
    list.add(level, ordered, item);
  }

  /**
   * Ends the paragraph and the list in progress, and {@return the blocks} with contacts under bare
   * labels.
   */
  List<Block> finish() {
    flush();
    closeList();
    if (mayHoldContacts) {
      ContactReader.read(blocks, texts);
    }
    return blocks;
  }

  private void closeList() {
    if (list != null) {
      ListAssembler l = list;
      list = null;
      blocks.add(l.build());
      texts.add(null);
    }
  }

  /**
   * {@return the images, when the content is only images (linked or not) and whitespace; else null}
   */
  private static @Nullable List<Image> imagesOnly(List<Inline> content) {
    List<Image> images = null;
    for (Inline inline : content) {
      if (inline instanceof InlineImage image) {
        images = append(images, image, null);
      } else if (inline instanceof Link link) {
        for (Inline inner : link.content()) {
          if (inner instanceof InlineImage image) {
            images = append(images, image, link.href());
          } else if (!isBlank(inner)) {
            return null;
          }
        }
      } else if (!isBlank(inline)) {
        return null;
      }
    }
    return images;
  }

  /** {@return whether the inline is a line break or blank text} */
  private static boolean isBlank(Inline inline) {
    return InlineType.of(inline) == InlineType.BREAK
        || (inline instanceof Text text && isBlank(text.text()));
  }

  private static List<Image> append(
      @Nullable List<Image> images, InlineImage image, @Nullable String link) {
    List<Image> out = images == null ? new ArrayList<>() : images;
    out.add(new Image(image.src(), image.alt(), null, link));
    return out;
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Spaces.isSpace(s.charAt(i)) && s.charAt(i) != '\n') {
        return false;
      }
    }
    return true;
  }
}
