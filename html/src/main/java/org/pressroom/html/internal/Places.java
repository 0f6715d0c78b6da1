package org.pressroom.html.internal;

import java.util.Set;

/** What a dateline's place looks like: a few capitalised words. */
final class Places {
  /** A place has at most this many words. */
  static final int MAX_WORDS = 5;

  /**
   * Lower-case words that may stand inside a place name ({@code Frankfurt am Main}, {@code Rio de
   * Janeiro}).
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "la", "le", "les", "am", "an", "der", "di", "do", "da", "del", "dos", "das", "von",
          "van", "sur", "en", "aan", "op", "im", "bei", "upon", "on");

  private Places() {}

  /**
   * A place: 1 to 5 words of letters (and {@code . , - ' ’}), each capitalised except known
   * particles.
   */
  static boolean looksLikePlace(String location) {
    if (location.isEmpty() || wordCount(location) > MAX_WORDS) {
      return false;
    }
    boolean first = true;
    int i = 0;
    int n = location.length();
    while (i < n) {
      while (i < n && Spaces.isSpace(location.charAt(i))) {
        i++;
      }
      int start = i;
      if (i < n
          && location.charAt(i) == '|'
          && !first
          && (i + 1 == n || Spaces.isSpace(location.charAt(i + 1)))) {
        i++; // "Hofheim am Taunus | Wiesbaden": two places
        continue;
      }
      while (i < n && !Spaces.isSpace(location.charAt(i))) {
        char c = location.charAt(i);
        boolean slashBetweenPlaces =
            c == '/'
                && i > start
                && Character.isLetter(location.charAt(i - 1))
                && i + 1 < n
                && Character.isUpperCase(location.charAt(i + 1));
        if (!Character.isLetter(c)
            && !slashBetweenPlaces
            && c != '.'
            && c != ','
            && c != '-'
            && c != '\''
            && c != '\u2019') {
          return false;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      char head = location.charAt(start);
      if (!Character.isLetter(head)) {
        return false;
      }
      if (!Character.isUpperCase(head)
          && (first || !PARTICLES.contains(location.substring(start, i)))) {
        return false;
      }
      first = false;
    }
    return !first;
  }

  static int wordCount(String s) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Spaces.isSpace(s.charAt(i));
      if (!space && !in) {
        count++;
      }
      in = !space;
    }
    return count;
  }
}
