package org.pressroom.html;

import java.util.Objects;
import java.util.Set;
import org.pressroom.html.internal.Marks;

/**
 * A run of text with the same marks.
 *
 * @param text the text as it reads, entities decoded; never empty in a parsed body
 * @param marks the marks, iterated in {@link Mark} order; an unmodifiable copy
 */
public record Text(String text, Set<Mark> marks) implements Inline {
  /**
   * Checks and copies the components.
   *
   * @param text the text as it reads, entities decoded; never empty in a parsed body
   * @param marks the marks, iterated in {@link Mark} order; an unmodifiable copy
   * @throws NullPointerException if a component is null
   */
  public Text {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(marks, "marks");
    marks = Marks.shared(marks); // one unmodifiable set per combination, shared by all texts
  }

  /**
   * {@return text without marks}
   *
   * @param text the text
   */
  public static Text plain(String text) {
    return new Text(text, Set.of());
  }

  /**
   * {@return whether this text carries the mark}
   *
   * @param mark the mark
   */
  public boolean has(Mark mark) {
    return marks.contains(mark);
  }

  @Override
  public <R> R accept(Inline.Visitor<R> visitor) {
    return visitor.visitText(this);
  }
}
