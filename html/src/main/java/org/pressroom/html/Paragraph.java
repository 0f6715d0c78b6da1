package org.pressroom.html;

import java.util.List;

/**
 * A paragraph of inline content.
 *
 * @param content the inline content, in order
 */
public record Paragraph(List<Inline> content) implements Block {
  /**
   * Copies the content.
   *
   * @param content the inline content, in order
   * @throws NullPointerException if {@code content} is or holds null
   */
  public Paragraph {
    content = List.copyOf(content);
  }

  @Override
  public String text() {
    return Texts.blockText(content);
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitParagraph(this);
  }
}
