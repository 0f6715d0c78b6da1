package org.pressroom.html;

import java.util.Objects;

/**
 * Preformatted text ({@code <pre>}), whitespace kept as written.
 *
 * @param text the text, line breaks as {@code \n}
 */
public record Preformatted(String text) implements Block {
  /**
   * Checks the component.
   *
   * @param text the text, line breaks as {@code \n}
   * @throws NullPointerException if {@code text} is null
   */
  public Preformatted {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitPreformatted(this);
  }
}
