package org.pressroom.html;

import java.util.Objects;

/**
 * An image inside a line of text (an {@code <img>} within a paragraph).
 *
 * @param src the image URL, resolved against the base URI when relative
 * @param alt the alternative text, {@code ""} when absent
 */
public record InlineImage(String src, String alt) implements Inline {
  /**
   * Checks the components.
   *
   * @param src the image URL, resolved against the base URI when relative
   * @param alt the alternative text, {@code ""} when absent
   * @throws NullPointerException if a component is null
   */
  public InlineImage {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }

  /** {@return {@code ""}: an image adds no text to its line} */
  @Override
  public String text() {
    return "";
  }

  @Override
  public <R> R accept(Inline.Visitor<R> visitor) {
    return visitor.visitImage(this);
  }
}
