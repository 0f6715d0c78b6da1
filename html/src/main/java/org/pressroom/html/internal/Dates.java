package org.pressroom.html.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The date grammar of a dateline: {@code 8 June 2026}, {@code 8. Juni 2026}, {@code 1er juin 2026},
 * {@code June 8, 2026}, {@code Sept. 8 2026}, {@code 2026-06-08}, {@code 08.06.2026}, {@code
 * 08-06-2026}, and a weekday before the date; a day and a month without a year ({@code June 8},
 * {@code 8. Juni}) only where asked for. Month and weekday names and common abbreviations in
 * English, Dutch, French and German, with or without accents. A hand-written scanner over a text
 * and a position: no regular expression, so no backtracking.
 */
final class Dates {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

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

  private Dates() {}

  private static void month(int number, String... names) {
    for (String name : names) {
      MONTHS.put(name, number);
    }
  }

  /**
   * A date found in the text: the date (null for a day and month without a year) and the index just
   * after it.
   */
  record Found(@Nullable LocalDate date, int end) {}

  /** {@return the date that starts at {@code pos}, or null} */
  static @Nullable Found date(String text, int pos) {
    return date(text, pos, false);
  }

  /**
   * {@return the date that starts at {@code pos}, or a day and a month with no year after them
   * ({@code March 3 --}, {@code 3. März –}: {@link Found#date()} null), or null}
   */
  static @Nullable Found dayAndMonth(String text, int pos) {
    return date(text, pos, true);
  }

  private static @Nullable Found date(String text, int pos, boolean yearOptional) {
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
      if (i + 1 < text.length()
          && (text.charAt(i) == '/' || text.charAt(i) == '-')
          && isDigit(text.charAt(i + 1))) {
        return numeric(text, day, i + 1, text.charAt(i));
      }
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
          return numeric(text, day, i, '.');
        }
      }
      i = skipSpaces(text, i);
      int wordEnd = letters(text, i);
      Integer month = month(text, i, wordEnd);
      if (month == null) {
        return null;
      }
      i = skipSpaces(text, skipDot(text, wordEnd));
      Found found = withYear(text, i, month, day);
      return found == null && yearOptional
          ? withoutYear(month, day, skipDot(text, wordEnd))
          : found;
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
    int dayOnly = i;
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    Found found = withYear(text, skipSpaces(text, i), month, day);
    return found == null && yearOptional ? withoutYear(month, day, dayOnly) : found;
  }

  /** A day and a month that exist in some year (29 February included), with no year given. */
  private static @Nullable Found withoutYear(int month, int day, int end) {
    try {
      LocalDate.of(2000, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    return new Found(null, end);
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

  private static @Nullable Found numeric(String text, int day, int i, char separator) {
    // dd.MM.yyyy, dd/MM/yyyy or dd-MM-yyyy, i at the month
    int monthEnd = digits(text, i);
    if (monthEnd - i > 2 || monthEnd >= text.length() || text.charAt(monthEnd) != separator) {
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

  private static final Set<String> WEEKDAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonntag",
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "maandag",
          "dinsdag",
          "woensdag",
          "donderdag",
          "vrijdag",
          "zaterdag",
          "zondag");

  /** Words for a day that stand where a dateline's place would: {@code Today, June 8 -}. */
  private static final Set<String> DAY_WORDS =
      Set.of(
          "today",
          "yesterday",
          "tomorrow",
          "heute",
          "gestern",
          "morgen",
          "vandaag",
          "gisteren",
          "aujourd'hui",
          "aujourd’hui",
          "hier",
          "demain");

  /** {@return whether a word names a day (a weekday, today) rather than a place} */
  static boolean isDayWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return WEEKDAYS.contains(lower) || DAY_WORDS.contains(lower);
  }

  /** Skips a weekday and the comma after it: {@code Berlin, Montag, 12. Mai 2026}. */
  static int skipWeekday(String text, int pos) {
    int end = letters(text, pos);
    if (end - pos < 3 || !WEEKDAYS.contains(text.substring(pos, end).toLowerCase(Locale.ROOT))) {
      return pos;
    }
    int i = skipDot(text, end);
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    return skipSpaces(text, i);
  }

  static int skipSpaces(String text, int i) {
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
