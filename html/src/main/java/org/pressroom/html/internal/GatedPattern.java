package org.pressroom.html.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern matched from a text's start, with a table of the characters such a match can start
 * with, so that most texts are turned away by one look-up instead of a trip through the regular
 * expression engine.
 *
 * <p>The table is asked of the pattern itself, never written by hand: a one-character input that
 * the pattern neither matches nor reads to its end cannot be the start of any match ({@link
 * Matcher#hitEnd()}). Characters past the table always go to the pattern.
 */
final class GatedPattern {
  /** The characters tabled: Basic Latin, Latin-1 and Latin Extended-A and -B. */
  private static final int TABLED = 0x250;

  private final Pattern pattern;
  private final boolean[] mayStart = new boolean[TABLED];

  GatedPattern(Pattern pattern) {
    this.pattern = pattern;
    for (char c = 0; c < TABLED; c++) {
      Matcher m = pattern.matcher(String.valueOf(c));
      mayStart[c] = m.lookingAt() || m.hitEnd();
    }
  }

  /** {@return whether the whole text matches} */
  boolean matches(String text) {
    return mayStart(text) && pattern.matcher(text).matches();
  }

  /** {@return whether the text's start matches} */
  boolean lookingAt(String text) {
    return mayStart(text) && pattern.matcher(text).lookingAt();
  }

  /** {@return whether a match may start with the text's first character} */
  boolean mayStart(String text) {
    if (text.isEmpty()) {
      return true;
    }
    char c = text.charAt(0);
    return c >= TABLED || mayStart[c];
  }
}
