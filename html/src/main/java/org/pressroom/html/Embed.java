package org.pressroom.html;

import java.util.Objects;

/**
 * Embedded media: an {@code <iframe>}, {@code <video>}, {@code <audio>} or {@code <embed>}/{@code
 * <object>}.
 *
 * @param src the embedded resource's URL, resolved against the base URI when relative
 */
public record Embed(String src) implements Block {
  /**
   * Checks the component.
   *
   * @param src the embedded resource's URL, resolved against the base URI when relative
   * @throws NullPointerException if {@code src} is null
   */
  public Embed {
    Objects.requireNonNull(src, "src");
  }

  /** {@return {@code ""}} */
  @Override
  public String text() {
    return "";
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitEmbed(this);
  }
}
