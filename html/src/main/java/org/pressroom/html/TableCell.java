package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a {@link Table}.
 *
 * @param header true for a header cell ({@code <th>})
 * @param blocks the cell's blocks
 * @param colspan how many columns the cell spans, at least 1
 * @param rowspan how many rows the cell spans, at least 1
 */
public record TableCell(boolean header, List<Block> blocks, int colspan, int rowspan) {
  /**
   * Checks and copies the components.
   *
   * @param header true for a header cell ({@code <th>})
   * @param blocks the cell's blocks
   * @param colspan how many columns the cell spans, at least 1
   * @param rowspan how many rows the cell spans, at least 1
   * @throws NullPointerException if {@code blocks} is or holds null
   * @throws IllegalArgumentException if a span is less than 1
   */
  public TableCell {
    blocks = List.copyOf(blocks);
    if (colspan < 1 || rowspan < 1) {
      throw new IllegalArgumentException(
          "spans must be at least 1, not colspan " + colspan + ", rowspan " + rowspan);
    }
  }

  /**
   * A cell spanning one column and one row.
   *
   * @param header true for a header cell ({@code <th>})
   * @param blocks the cell's blocks
   * @throws NullPointerException if {@code blocks} is or holds null
   */
  public TableCell(boolean header, List<Block> blocks) {
    this(header, blocks, 1, 1);
  }

  /** {@return whether the cell spans more than one column or row} */
  public boolean spans() {
    return colspan > 1 || rowspan > 1;
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
