package org.pressroom.html.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.pressroom.html.Mark;

/**
 * Marks as bit sets ({@code 1 << ordinal}), and the marks an element adds or cancels through its
 * tag and style.
 */
public final class Marks {
  static final int BOLD = bit(Mark.BOLD);
  static final int ITALIC = bit(Mark.ITALIC);
  static final int UNDERLINE = bit(Mark.UNDERLINE);
  static final int STRIKE = bit(Mark.STRIKETHROUGH);
  static final int SUB = bit(Mark.SUBSCRIPT);
  static final int SUP = bit(Mark.SUPERSCRIPT);
  static final int CODE = bit(Mark.CODE);

  private static final Mark[] ALL = Mark.values();

  @SuppressWarnings("unchecked")
  private static final Set<Mark>[] SETS = new Set[1 << ALL.length];

  static {
    SETS[0] = Set.of();
    for (int bits = 1; bits < SETS.length; bits++) {
      EnumSet<Mark> set = EnumSet.noneOf(Mark.class);
      for (Mark m : ALL) {
        if ((bits & bit(m)) != 0) {
          set.add(m);
        }
      }
      SETS[bits] = Collections.unmodifiableSet(set);
    }
  }

  private Marks() {}

  static int bit(Mark mark) {
    return 1 << mark.ordinal();
  }

  static Set<Mark> set(int bits) {
    return SETS[bits];
  }

  /**
   * {@return the shared unmodifiable set with the same marks as {@code marks}}
   *
   * @throws NullPointerException if {@code marks} holds a null
   */
  public static Set<Mark> shared(Set<Mark> marks) {
    return marks.isEmpty() ? SETS[0] : SETS[bits(marks)];
  }

  static int bits(Set<Mark> marks) {
    int bits = 0;
    for (Mark m : marks) {
      bits |= bit(m);
    }
    return bits;
  }

  /** The marks a tag adds by itself. */
  static int ofTag(String normalName) {
    switch (normalName) {
      case "b":
      case "strong":
        return BOLD;
      case "i":
      case "em":
        return ITALIC;
      case "u":
      case "ins":
        return UNDERLINE;
      case "s":
      case "strike":
      case "del":
        return STRIKE;
      case "sub":
        return SUB;
      case "sup":
        return SUP;
      case "code":
      case "kbd":
      case "samp":
      case "tt":
        return CODE;
      default:
        return 0;
    }
  }

  /**
   * Applies a {@code style} attribute's font-weight, font-style, text-decoration and vertical-align
   * to the marks. A hand-written scan: no regular expression, linear in the attribute's length.
   */
  static int applyStyle(int marks, String style) {
    int i = 0;
    int n = style.length();
    while (i < n) {
      int end = style.indexOf(';', i);
      if (end < 0) {
        end = n;
      }
      int colon = style.indexOf(':', i);
      if (colon > i && colon < end) {
        String prop = style.substring(i, colon).trim().toLowerCase(Locale.ROOT);
        if (prop.startsWith("font-weight")
            || prop.equals("font-style")
            || prop.startsWith("text-decoration")
            || prop.equals("vertical-align")) {
          String value = style.substring(colon + 1, end).trim().toLowerCase(Locale.ROOT);
          marks = applyDeclaration(marks, prop, value);
        }
      }
      i = end + 1;
    }
    return marks;
  }

  private static int applyDeclaration(int marks, String prop, String value) {
    if (prop.equals("font-weight")) {
      if (value.startsWith("bold")) {
        return marks | BOLD;
      }
      if (value.startsWith("normal") || value.startsWith("lighter")) {
        return marks & ~BOLD;
      }
      int weight = leadingInt(value);
      if (weight >= 600) {
        return marks | BOLD;
      }
      if (weight > 0) {
        return marks & ~BOLD;
      }
      return marks;
    }
    if (prop.equals("font-style")) {
      if (value.startsWith("italic") || value.startsWith("oblique")) {
        return marks | ITALIC;
      }
      return value.startsWith("normal") ? marks & ~ITALIC : marks;
    }
    if (prop.equals("vertical-align")) {
      if (value.startsWith("super")) {
        return marks | SUP;
      }
      return value.startsWith("sub") ? marks | SUB : marks;
    }
    // text-decoration, text-decoration-line
    if (value.startsWith("none")) {
      return marks & ~(UNDERLINE | STRIKE);
    }
    if (value.contains("underline")) {
      marks |= UNDERLINE;
    }
    if (value.contains("line-through")) {
      marks |= STRIKE;
    }
    return marks;
  }

  private static int leadingInt(String value) {
    int v = 0;
    int i = 0;
    while (i < value.length() && i < 4 && Character.isDigit(value.charAt(i))) {
      v = v * 10 + (value.charAt(i) - '0');
      i++;
    }
    return i == 0 ? -1 : v;
  }
}
