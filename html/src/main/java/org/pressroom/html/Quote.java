package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A block quotation ({@code <blockquote>}).
 *
 * @param blocks the quoted blocks
 */
public record Quote(List<Block> blocks) implements Block {
  /**
   * Copies the blocks.
   *
   * @param blocks the quoted blocks
   * @throws NullPointerException if {@code blocks} is or holds null
   */
  public Quote {
    blocks = List.copyOf(blocks);
  }

  @Override
  public String text() {
    List<String> parts = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      parts.add(b.text());
    }
    return Texts.joinLines(parts);
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitQuote(this);
  }
}
