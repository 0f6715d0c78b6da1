package org.pressroom.html;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A run of text with the same marks.
 *
 * @param text the text as it reads, entities decoded; never empty in a parsed body
 * @param marks the marks, iterated in {@link Mark} order; an unmodifiable copy
 */
public record Text(String text, Set<Mark> marks) implements Inline {
  /**
   * Every set of marks, unmodifiable, at the index of its bits ({@code 1 << ordinal}): texts share
   * these instead of each copying its own.
   */
  @SuppressWarnings("unchecked")
  private static final Set<Mark>[] SETS = new Set[1 << Mark.values().length];

  static {
    SETS[0] = Set.of();
    for (int bits = 1; bits < SETS.length; bits++) {
      EnumSet<Mark> set = EnumSet.noneOf(Mark.class);
      for (Mark m : Mark.values()) {
        if ((bits & (1 << m.ordinal())) != 0) {
          set.add(m);
        }
      }
      SETS[bits] = Collections.unmodifiableSet(set);
    }
  }

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
    marks = shared(marks);
  }

  /** {@return the shared unmodifiable set with the same marks} */
  private static Set<Mark> shared(Set<Mark> marks) {
    if (marks.isEmpty()) {
      return SETS[0];
    }
    int bits = 0;
    for (Mark m : marks) {
      bits |= 1 << m.ordinal(); // a null mark throws NullPointerException, as copying it did
    }
    return SETS[bits];
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
