package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a {@link Table}.
 *
 * @param header true for a header cell ({@code <th>})
 * @param blocks the cell's blocks
 */
public record TableCell(boolean header, List<Block> blocks) {
  /**
   * Copies the blocks.
   *
   * @param header true for a header cell ({@code <th>})
   * @param blocks the cell's blocks
   * @throws NullPointerException if {@code blocks} is or holds null
   */
  public TableCell {
    blocks = List.copyOf(blocks);
  }

  /** {@return the texts of the cell's blocks joined by {@code \n}} */
  public String text() {
    List<String> parts = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      parts.add(b.text());
    }
    return Texts.joinLines(parts);
  }
}
