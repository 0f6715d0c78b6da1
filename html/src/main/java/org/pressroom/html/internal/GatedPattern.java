package org.pressroom.html.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern matched from a text's start, with tables of the characters such a match can start with
 * and of the ASCII characters that can come next, up to the fourth, so that most texts are turned
 * away by a few look-ups instead of a trip through the regular expression engine.
 *
 * <p>The tables are asked of the pattern itself, never written by hand: an input of a few
 * characters that the pattern neither matches nor reads to its end cannot be the start of any match
 * ({@link Matcher#hitEnd()}). Characters past a table always go to the pattern.
 */
final class GatedPattern {
  /** The first characters tabled: Basic Latin, Latin-1 and Latin Extended-A and -B. */
  private static final int TABLED = 0x250;

  /** The later characters tabled: Basic Latin. */
  private static final int ASCII = 128;

  /**
   * How many characters are looked up. The first alone lets a paragraph such as "Read the full
   * white paper here: ..." through to the contact-label pattern ("relations", "reach us"); the
   * fourth turns it away. On the sample the roles take 3.5 us instead of 5.
   */
  private static final int DEPTH = 4;

  private final Pattern pattern;
  private final boolean[] mayStart = new boolean[TABLED];

  /**
   * What may follow each first character in a whole match, made on the first text that starts with
   * it; a match from the start holds more: "Fin" is a whole end marker, "Financial" opens one.
   */
  private final @Nullable Next[] afterFirstWhole = new Next[TABLED];

  /** What may follow each first character in a match from the start. */
  private final @Nullable Next[] afterFirstStart = new Next[TABLED];

  GatedPattern(Pattern pattern) {
    this.pattern = pattern;
    Matcher m = pattern.matcher("");
    for (char c = 0; c < TABLED; c++) {
      mayStart[c] = mayBegin(m.reset(String.valueOf(c)));
    }
  }

  /** {@return whether the whole text matches} */
  boolean matches(String text) {
    return mayStart(text, true) && pattern.matcher(text).matches();
  }

  /** {@return whether the text's start matches} */
  boolean lookingAt(String text) {
    return mayStart(text, false) && pattern.matcher(text).lookingAt();
  }

  /** {@return whether a match from the start may start with the text's first characters} */
  boolean mayStart(String text) {
    return mayStart(text, false);
  }

  /**
   * {@return whether a match may start with the text's first characters}
   *
   * @param whole whether the match is of the whole text
   */
  private boolean mayStart(String text, boolean whole) {
    if (text.isEmpty()) {
      return true;
    }
    char c = text.charAt(0);
    if (c >= TABLED || !mayStart[c] || text.length() == 1) {
      return c >= TABLED || mayStart[c];
    }
    Next[] afterFirst = whole ? afterFirstWhole : afterFirstStart;
    Next next = afterFirst[c];
    if (next == null) {
      next = new Next(pattern, String.valueOf(c), whole);
      afterFirst[c] = next;
    }
    int depth = Math.min(text.length(), DEPTH);
    for (int i = 1; ; i++) {
      char d = text.charAt(i);
      if (d >= ASCII) {
        return true;
      }
      if (!next.may(d)) {
        return false;
      }
      if (i + 1 == depth) {
        return true;
      }
      next = next.after(pattern, d);
    }
  }

  /**
   * {@return whether the matcher's whole input may begin a match from the start}: matched from the
   * start, or read to its end. Begins every whole match too.
   */
  private static boolean mayBegin(Matcher m) {
    return m.lookingAt() || m.hitEnd();
  }

  /**
   * {@return whether the matcher's whole input may begin a whole match}: matched, or read to its
   * end
   */
  private static boolean mayBeginWhole(Matcher m) {
    return m.matches() || m.hitEnd();
  }

  /**
   * The ASCII characters that may follow a prefix of a match (bit {@code c % 64} of {@code low} for
   * {@code c < 64}, else of {@code high}), asked of the pattern in 128 trials when the prefix is
   * first met, and what may follow each of them, made on demand. Made on demand, not at once: 128
   * trials for each first character made the roles' patterns load in 75 ms instead of 42. Shared by
   * the threads that parse: a race makes a table twice, equal, and the final fields make a table
   * seen whole.
   */
  private static final class Next {
    private final String prefix;
    private final boolean whole;
    private final long low;
    private final long high;
    private final @Nullable Next[] after = new Next[ASCII];

    Next(Pattern pattern, String prefix, boolean whole) {
      this.prefix = prefix;
      this.whole = whole;
      Matcher m = pattern.matcher("");
      long[] bits = new long[2];
      for (char c = 0; c < ASCII; c++) {
        m.reset(prefix + c);
        if (whole ? mayBeginWhole(m) : mayBegin(m)) {
          bits[c >> 6] |= 1L << c;
        }
      }
      low = bits[0];
      high = bits[1];
    }

    boolean may(char c) {
      return ((c < 64 ? low : high) & (1L << c)) != 0;
    }

    Next after(Pattern pattern, char c) {
      Next next = after[c];
      if (next == null) {
        next = new Next(pattern, prefix + c, whole);
        after[c] = next;
      }
      return next;
    }
  }
}
