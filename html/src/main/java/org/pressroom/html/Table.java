package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A table: rows of cells, each cell holding blocks.
 *
 * @param rows the rows, each a list of cells
 */
public record Table(List<List<TableCell>> rows) implements Block {
  /**
   * Copies the rows.
   *
   * @param rows the rows, each a list of cells
   * @throws NullPointerException if {@code rows} is or holds null
   */
  public Table {
    List<List<TableCell>> copy = new ArrayList<>(rows.size());
    for (List<TableCell> row : rows) {
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /** {@return the cells' texts, row by row, joined by {@code \n}} */
  @Override
  public String text() {
    List<String> parts = new ArrayList<>();
    for (List<TableCell> row : rows) {
      for (TableCell cell : row) {
        parts.add(cell.text());
      }
    }
    return Texts.joinLines(parts);
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitTable(this);
  }
}
