package org.pressroom.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A list, ordered ({@code <ol>}) or not ({@code <ul>}, Word's list paragraphs).
 *
 * @param ordered true for a numbered list
 * @param items the items, in order
 */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {
  /**
   * Copies the items.
   *
   * @param ordered true for a numbered list
   * @param items the items, in order
   * @throws NullPointerException if {@code items} is or holds null
   */
  public ListBlock {
    items = List.copyOf(items);
  }

  @Override
  public String text() {
    List<String> parts = new ArrayList<>(items.size());
    for (ListItem item : items) {
      parts.add(item.text());
    }
    return Texts.joinLines(parts);
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitList(this);
  }
}
