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
          "van", "sur", "en", "aan", "op", "im", "bei", "upon", "on", "and", "und", "et", "&");

  private Places() {}

  /**
   * A place: 1 to 5 words of letters (and {@code . , - ' ’}), each capitalised except known
   * particles ({@code am}, {@code and}) and abbreviations ({@code a.M.}); a word may stand in
   * brackets ({@code Halle (Saale)}), the first may open with {@code 's-} ({@code
   * 's-Hertogenbosch}).
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
        boolean bracket = (c == '(' && i == start) || (c == ')' && i + 1 == n);
        if (!Character.isLetter(c)
            && !slashBetweenPlaces
            && !bracket
            && c != '.'
            && c != ','
            && c != '-'
            && c != '\''
            && c != '\u2019'
            && !(c == '&' && i + 1 - start == 1)) {
          return false;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      String word = location.substring(start, i);
      if (word.startsWith("(") && word.length() > 1) {
        word = word.substring(1); // "Halle (Saale)"
      } else if (first && (word.startsWith("'s-") || word.startsWith("\u2019s-"))) {
        word = word.substring(3); // "'s-Hertogenbosch"
      }
      char head = word.isEmpty() ? ' ' : word.charAt(0);
      if (!Character.isLetter(head) && !word.equals("&")) {
        return false;
      }
      if (!Character.isUpperCase(head)
          && (first || (!PARTICLES.contains(word) && !isAbbreviation(word)))) {
        return false;
      }
      first = false;
    }
    return !first;
  }

  /** A lower-case abbreviation inside a place name: {@code a.M.}, {@code i.Br.}. */
  private static boolean isAbbreviation(String word) {
    int dot = word.indexOf('.');
    return dot > 0
        && dot + 1 < word.length()
        && Character.isUpperCase(word.charAt(dot + 1))
        && word.endsWith(".");
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
