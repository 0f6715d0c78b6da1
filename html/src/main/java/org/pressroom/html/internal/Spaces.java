package org.pressroom.html.internal;

/**
 * Whitespace as the body model sees it: the one definition that the model, the parser and the
 * renderers share.
 */
public final class Spaces {
  private Spaces() {}

  /**
   * {@return whether a character is whitespace for the body model}: HTML whitespace, no-break
   * spaces and the other Unicode spaces ({@code \n} is a line break, not a space).
   */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00A0') {
      return false; // the common case: printable ASCII and C1 controls
    }
    return c == ' '
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u3000'
        || c == '\u1680'
        || c == '\u205F';
  }

  /**
   * {@return the block text of raw text}: runs of whitespace (no-break spaces included) collapse to
   * one space, each line is trimmed, and empty leading and trailing lines go; {@code \n} separates
   * lines. Every block's {@code text()} is this.
   */
  public static String collapse(String raw) {
    if (isCollapsed(raw)) {
      return raw; // most text arrives collapsed from the parser: no copy
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    int pendingNewlines = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        pendingNewlines++;
        pendingSpace = false;
      } else if (isSpace(c)) {
        pendingSpace = true;
      } else {
        if (sb.length() > 0) {
          if (pendingNewlines > 0) {
            for (int k = 0; k < pendingNewlines; k++) {
              sb.append('\n');
            }
          } else if (pendingSpace) {
            sb.append(' ');
          }
        }
        pendingNewlines = 0;
        pendingSpace = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@return whether {@link #collapse} would return the text unchanged}: no space or line break at
   * either end, and each space a lone {@code ' '} between two visible characters.
   */
  private static boolean isCollapsed(String raw) {
    int n = raw.length();
    if (n == 0) {
      return true;
    }
    boolean prevVisible = false;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c > ' ' && c < '\u00A0') {
        prevVisible = true;
      } else if (c == ' ') {
        if (!prevVisible || i + 1 == n) {
          return false;
        }
        char next = raw.charAt(i + 1);
        if (next == '\n' || isSpace(next)) {
          return false;
        }
        prevVisible = false;
      } else if (c == '\n') {
        if (i == 0 || i + 1 == n || raw.charAt(i - 1) == ' ' || isSpace(raw.charAt(i + 1))) {
          return false;
        }
        prevVisible = false;
      } else if (isSpace(c)) {
        return false;
      } else {
        prevVisible = true;
      }
    }
    return raw.charAt(n - 1) != '\n';
  }

  /**
   * {@return the number of words in a block's text} (collapsed, as {@link #collapse} gives it),
   * counting no further than {@code limit}: runs of characters between spaces and line breaks.
   * Compare with a limit one past the bound, as in {@code words(text, 21) <= 20}.
   */
  static int words(String text, int limit) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length() && words < limit; i++) {
      boolean space = text.charAt(i) == ' ' || text.charAt(i) == '\n';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }
}
