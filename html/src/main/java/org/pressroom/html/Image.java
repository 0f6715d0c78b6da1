package org.pressroom.html;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An image standing as a block of its own ({@code <img>} alone in its paragraph, or a {@code
 * <figure>}).
 *
 * @param src the image URL, resolved against the base URI when relative
 * @param alt the alternative text, {@code ""} when absent
 * @param caption the caption ({@code <figcaption>}), or null
 * @param link where the image links to (an enclosing {@code <a href>}), or null
 */
public record Image(String src, String alt, @Nullable String caption, @Nullable String link)
    implements Block {
  /**
   * Checks the components.
   *
   * @param src the image URL, resolved against the base URI when relative
   * @param alt the alternative text, {@code ""} when absent
   * @param caption the caption ({@code <figcaption>}), or null
   * @param link where the image links to (an enclosing {@code <a href>}), or null
   * @throws NullPointerException if {@code src} or {@code alt} is null
   */
  public Image {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }

  /** {@return the caption, or {@code ""}} */
  @Override
  public String text() {
    return caption == null ? "" : caption;
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitImage(this);
  }
}
