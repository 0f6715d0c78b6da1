package org.pressroom.html.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Dateline;

/**
 * Finds the dateline that opens a lead paragraph: {@code LOCATION, DATE [/WIRE/ | (WIRE)] DASH}. A
 * hand-written scanner (no regular expression, so no backtracking): it looks at most {@link
 * #WINDOW} characters into the text.
 *
 * <p>Dates: {@code 8 June 2026}, {@code 8. Juni 2026}, {@code 1er juin 2026}, {@code June 8, 2026},
 * {@code Sept. 8 2026}, {@code 2026-06-08}, {@code 08.06.2026}; an optional {@code le}, {@code
 * den}, {@code am} or {@code op} before the date. Month names and common abbreviations in English,
 * Dutch, French and German, with or without accents.
 */
final class Datelines {
  static final int WINDOW = 160;
  private static final int MAX_LOCATION_WORDS = 5;
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  /**
   * Lower-case words that may stand inside a place name ({@code Frankfurt am Main}, {@code Rio de
   * Janeiro}).
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "la", "le", "les", "am", "an", "der", "di", "do", "da", "del", "dos", "das", "von",
          "van", "sur", "en", "aan", "op", "im", "bei", "upon", "on");

  static {
    month(1, "january", "jan", "januari", "janvier", "janv", "januar", "jänner", "jaenner");
    month(
        2, "february", "feb", "febr", "februari", "février", "fevrier", "févr", "fevr", "februar");
    month(3, "march", "mar", "maart", "mrt", "mars", "märz", "maerz", "marz", "märz");
    month(4, "april", "apr", "avril", "avr");
    month(5, "may", "mei", "mai");
    month(6, "june", "jun", "juni", "juin");
    month(7, "july", "jul", "juli", "juillet", "juil");
    month(8, "august", "aug", "augustus", "août", "aout");
    month(9, "september", "sep", "sept", "septembre");
    month(10, "october", "oct", "oktober", "okt", "octobre");
    month(11, "november", "nov", "novembre");
    month(12, "december", "dec", "décembre", "decembre", "déc", "dezember", "dez");
  }

  private Datelines() {}

  private static void month(int number, String... names) {
    for (String name : names) {
      MONTHS.put(name, number);
    }
  }

  /** A date found in the text: the date and the index just after it. */
  private record Found(LocalDate date, int end) {}

  /** {@return the dateline at the start of the text, or null} */
  static @Nullable Dateline find(String text) {
    int limit = Math.min(text.length(), WINDOW);
    for (int comma = text.indexOf(',');
        comma > 0 && comma < limit;
        comma = text.indexOf(',', comma + 1)) {
      String location = text.substring(0, comma).trim();
      if (!looksLikePlace(location)) {
        // Places only grow with the next comma ("PALO ALTO, Calif."), so a non-place prefix ends
        // the search
        // unless it just has too few words yet to be judged.
        if (wordCount(location) > MAX_LOCATION_WORDS) {
          return null;
        }
        continue;
      }
      int pos = skipSpaces(text, comma + 1);
      pos = skipWord(text, pos, "le", "den", "am", "op", "the");
      Found found = date(text, pos);
      if (found == null || !followedByDash(text, found.end)) {
        continue;
      }
      return new Dateline(location, found.date, text.substring(0, found.end));
    }
    return null;
  }

  private static boolean followedByDash(String text, int pos) {
    int i = skipSpaces(text, pos);
    if (i < text.length() && (text.charAt(i) == '/' || text.charAt(i) == '(')) {
      char close = text.charAt(i) == '/' ? '/' : ')';
      int end = text.indexOf(close, i + 1);
      if (end < 0 || end - i > 40) {
        return false;
      }
      i = skipSpaces(text, end + 1);
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012';
  }

  private static @Nullable Found date(String text, int pos) {
    if (pos >= text.length()) {
      return null;
    }
    char c = text.charAt(pos);
    if (isDigit(c)) {
      int end = digits(text, pos);
      int n = end - pos;
      if (n == 4 && end < text.length() && text.charAt(end) == '-') {
        return iso(text, pos);
      }
      if (n > 2) {
        return null;
      }
      int day = Integer.parseInt(text.substring(pos, end));
      int i = end;
      if (text.startsWith("er", i)
          || text.startsWith("st", i)
          || text.startsWith("nd", i)
          || text.startsWith("rd", i)
          || text.startsWith("th", i)) {
        i += 2;
      }
      if (i < text.length() && text.charAt(i) == '.') {
        i++;
        if (i < text.length() && isDigit(text.charAt(i))) {
          return numeric(text, day, i);
        }
      }
      i = skipSpaces(text, i);
      int wordEnd = letters(text, i);
      Integer month = month(text, i, wordEnd);
      if (month == null) {
        return null;
      }
      i = skipSpaces(text, skipDot(text, wordEnd));
      return withYear(text, i, month, day);
    }
    if (!Character.isLetter(c)) {
      return null;
    }
    int wordEnd = letters(text, pos);
    Integer month = month(text, pos, wordEnd);
    if (month == null) {
      return null;
    }
    int i = skipSpaces(text, skipDot(text, wordEnd));
    int dayEnd = digits(text, i);
    if (dayEnd == i || dayEnd - i > 2) {
      return null;
    }
    int day = Integer.parseInt(text.substring(i, dayEnd));
    i = dayEnd;
    if (text.startsWith("st", i)
        || text.startsWith("nd", i)
        || text.startsWith("rd", i)
        || text.startsWith("th", i)) {
      i += 2;
    }
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    return withYear(text, skipSpaces(text, i), month, day);
  }

  private static @Nullable Found withYear(String text, int i, int month, int day) {
    if (i < text.length() && text.charAt(i) == ',') {
      i = skipSpaces(text, i + 1);
    }
    int end = digits(text, i);
    if (end - i != 4) {
      return null;
    }
    return of(Integer.parseInt(text.substring(i, end)), month, day, end);
  }

  private static @Nullable Found iso(String text, int pos) {
    // yyyy-MM-dd
    if (pos + 10 > text.length()
        || text.charAt(pos + 7) != '-'
        || digits(text, pos + 5) != pos + 7
        || digits(text, pos + 8) != pos + 10) {
      return null;
    }
    return of(
        Integer.parseInt(text.substring(pos, pos + 4)),
        Integer.parseInt(text.substring(pos + 5, pos + 7)),
        Integer.parseInt(text.substring(pos + 8, pos + 10)),
        pos + 10);
  }

  private static @Nullable Found numeric(String text, int day, int i) {
    // dd.MM.yyyy, i at the month
    int monthEnd = digits(text, i);
    if (monthEnd - i > 2 || monthEnd >= text.length() || text.charAt(monthEnd) != '.') {
      return null;
    }
    int yearEnd = digits(text, monthEnd + 1);
    if (yearEnd - monthEnd - 1 != 4) {
      return null;
    }
    return of(
        Integer.parseInt(text.substring(monthEnd + 1, yearEnd)),
        Integer.parseInt(text.substring(i, monthEnd)),
        day,
        yearEnd);
  }

  private static @Nullable Found of(int year, int month, int day, int end) {
    if (year < 1900 || year > 2200) {
      return null;
    }
    try {
      return new Found(LocalDate.of(year, month, day), end);
    } catch (DateTimeException e) {
      return null; // 31 June and the like: no dateline
    }
  }

  private static @Nullable Integer month(String text, int from, int to) {
    if (to - from < 3 || to - from > 10) {
      return null;
    }
    return MONTHS.get(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /**
   * A place: 1 to 5 words of letters (and {@code . , - ' ’}), each capitalised except known
   * particles.
   */
  static boolean looksLikePlace(String location) {
    if (location.isEmpty() || wordCount(location) > MAX_LOCATION_WORDS) {
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
      while (i < n && !Spaces.isSpace(location.charAt(i))) {
        char c = location.charAt(i);
        if (!Character.isLetter(c)
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

  private static int wordCount(String s) {
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

  private static int skipWord(String text, int pos, String... words) {
    for (String w : words) {
      int end = pos + w.length();
      if (text.regionMatches(true, pos, w, 0, w.length())
          && end < text.length()
          && Spaces.isSpace(text.charAt(end))) {
        return skipSpaces(text, end);
      }
    }
    return pos;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDot(String text, int i) {
    return i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
  }

  private static int digits(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int letters(String text, int i) {
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
