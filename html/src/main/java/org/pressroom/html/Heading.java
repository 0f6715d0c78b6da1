package org.pressroom.html;

import java.util.List;

/**
 * A heading: a real {@code h1}-{@code h6}, or a short fully bold paragraph that reads as one
 * ({@code inferred}).
 *
 * @param level 1 to 6; inferred headings have level 2
 * @param inferred true when the source was a bold-only paragraph rather than an {@code h1}-{@code
 *     h6}
 * @param content the inline content
 */
public record Heading(int level, boolean inferred, List<Inline> content) implements Block {
  /**
   * Checks and copies the components.
   *
   * @param level 1 to 6; inferred headings have level 2
   * @param inferred true when the source was a bold-only paragraph rather than an {@code h1}-{@code
   *     h6}
   * @param content the inline content
   * @throws IllegalArgumentException if {@code level} is not 1 to 6
   * @throws NullPointerException if {@code content} is or holds null
   */
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("level must be 1 to 6, not " + level);
    }
    content = List.copyOf(content);
  }

  @Override
  public String text() {
    return Texts.blockText(content);
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitHeading(this);
  }
}
