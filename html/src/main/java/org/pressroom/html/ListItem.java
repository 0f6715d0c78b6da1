package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a {@link ListBlock}: a sequence of blocks (usually one paragraph; nested lists are
 * blocks too).
 *
 * @param blocks the item's blocks
 */
public record ListItem(List<Block> blocks) {
  /**
   * Copies the blocks.
   *
   * @param blocks the item's blocks
   * @throws NullPointerException if {@code blocks} is or holds null
   */
  public ListItem {
    blocks = List.copyOf(blocks);
  }

  /** {@return the texts of the item's blocks joined by {@code \n}} */
  public String text() {
    List<String> parts = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      parts.add(b.text());
    }
    return Texts.joinLines(parts);
  }
}
