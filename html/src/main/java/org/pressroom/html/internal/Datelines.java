package org.pressroom.html.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Divider;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Paragraph;

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

  /** The dateline is searched among this many first blocks. */
  static final int SEARCHED_BLOCKS = 10;

  /** A paragraph that is a dateline alone may follow at most this many other short paragraphs. */
  private static final int MAX_LOOSE_BEFORE_ALONE = 2;

  /** Such a short paragraph has at most this many characters. */
  private static final int MAX_LOOSE_LENGTH = 400;

  /**
   * {@return the body's dateline}: in the first paragraph that opens with one, among the first
   * {@value #SEARCHED_BLOCKS} blocks, where every block before it is front matter ({@link
   * FrontMatter}: a title or notice), an image, a divider, or a contact section placed at the top.
   * A paragraph that is a dateline and nothing else may also follow up to two short paragraphs (a
   * standfirst above the place and date).
   *
   * @param blocks the top-level blocks
   * @param texts the text of each block
   * @param titles the release's title and subtitle, or empty
   */
  static @Nullable Dateline search(
      List<Block> blocks, IntFunction<String> texts, List<String> titles) {
    int loose = 0;
    boolean contacts = false;
    for (int i = 0; i < Math.min(blocks.size(), SEARCHED_BLOCKS); i++) {
      Block b = blocks.get(i);
      String text = texts.apply(i);
      if (b instanceof Paragraph) {
        Dateline d = loose == 0 ? find(text) : null;
        if (d == null) {
          d = alone(text);
        }
        if (d != null) {
          return d;
        }
      }
      if (b instanceof Image || b instanceof Divider || b instanceof ContactBlock) {
        contacts |= b instanceof ContactBlock;
        continue;
      }
      if (!(b instanceof Heading) && ContactReader.mayStartContacts(text)) {
        contacts = true; // a contact section at the top, as SEC-filed releases place it
        continue;
      }
      if (FrontMatter.isFrontMatter(b, text, titles)) {
        contacts = b instanceof Heading && ContactReader.mayStartContacts(text);
        continue;
      }
      if (contacts && b instanceof Paragraph && Spaces.words(text) <= 20) {
        continue; // a line of a contact section at the top
      }
      if (b instanceof Paragraph
          && text.length() <= MAX_LOOSE_LENGTH
          && ++loose <= MAX_LOOSE_BEFORE_ALONE) {
        continue;
      }
      return null;
    }
    return null;
  }

  /** {@return the dateline at the start of the text, or null} */
  static @Nullable Dateline find(String text) {
    Dateline dated = dated(text, false);
    if (dated != null) {
      return dated;
    }
    Dateline dashed = afterDash(text);
    if (dashed != null) {
      return dashed;
    }
    Dateline bracketed = dateInParentheses(text);
    if (bracketed != null) {
      return bracketed;
    }
    Dateline release = releaseOf(text);
    if (release != null) {
      return release;
    }
    Dateline wire = wireWithoutDate(text);
    return wire != null ? wire : placeInParentheses(text);
  }

  /**
   * {@return the dateline when the text is a dateline and nothing else ({@code Hofheim am Taunus |
   * Wiesbaden, 11. November 2021}, maybe followed by a dash or colon), or null}
   */
  static @Nullable Dateline alone(String text) {
    return text.length() > WINDOW ? null : dated(text, true);
  }

  private static @Nullable Dateline dated(String text, boolean alone) {
    int limit = Math.min(text.length(), WINDOW);
    for (int comma = text.indexOf(',');
        comma > 0 && comma < limit;
        comma = text.indexOf(',', comma + 1)) {
      String location = text.substring(0, comma).trim();
      if (!looksLikePlace(location)) {
        // Places only grow with the next comma ("PALO ALTO, Calif."), so a non-place prefix ends
        // the search unless it just has too few words yet to be judged.
        if (wordCount(location) > MAX_LOCATION_WORDS) {
          return null;
        }
        continue;
      }
      int pos = skipSpaces(text, comma + 1);
      pos = skipWeekday(text, pos);
      int afterArticle = skipWord(text, pos, "le", "den", "am", "op", "the");
      Found found = date(text, afterArticle);
      if (found == null) {
        continue;
      }
      boolean closed =
          alone
              ? onlyClosing(text, found.end)
              : followedByDash(text, found.end)
                  || (afterArticle > pos && followedBySentence(text, found.end));
      if (!closed) {
        continue;
      }
      return new Dateline(location, found.date, text.substring(0, found.end));
    }
    return null;
  }

  /**
   * The place and the date separated by a dash instead of a comma: {@code AMSTERDAM – 15 juni 2021
   * – ...}.
   */
  private static @Nullable Dateline afterDash(String text) {
    int limit = Math.min(text.length(), WINDOW);
    for (int i = 1; i + 1 < limit; i++) {
      if (!isDash(text.charAt(i))
          || !Spaces.isSpace(text.charAt(i - 1))
          || !Spaces.isSpace(text.charAt(i + 1))) {
        continue;
      }
      String location = text.substring(0, i).trim();
      if (!looksLikePlace(location)) {
        return null; // the first spaced dash must end the place
      }
      Found found = date(text, skipSpaces(text, i + 1));
      if (found == null || !followedByDash(text, found.end)) {
        return null;
      }
      return new Dateline(location, found.date, text.substring(0, found.end));
    }
    return null;
  }

  /** The date in brackets after the place: {@code SAN FRANCISCO, Calif. (June 8, 2026) --}. */
  private static @Nullable Dateline dateInParentheses(String text) {
    int limit = Math.min(text.length(), WINDOW);
    int open = text.indexOf('(');
    if (open <= 0 || open >= limit) {
      return null;
    }
    String location = text.substring(0, open).trim();
    if (location.endsWith(",")) {
      location = location.substring(0, location.length() - 1).trim();
    }
    if (!looksLikePlace(location)) {
      return null;
    }
    Found found = date(text, skipSpaces(text, open + 1));
    if (found == null) {
      return null;
    }
    int close = skipSpaces(text, found.end);
    if (close >= text.length() || text.charAt(close) != ')' || !followedByDash(text, close + 1)) {
      return null;
    }
    return new Dateline(location, found.date, text.substring(0, close + 1));
  }

  /** Nothing but spaces, dashes or a colon after the date. */
  private static boolean onlyClosing(String text, int pos) {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Spaces.isSpace(c) && !isDash(c) && c != ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * A full stop and a new sentence after a date introduced by an article, as French and German
   * write it: {@code Berlin, le 28 avril 2010. Georg Greve ...}.
   */
  private static boolean followedBySentence(String text, int pos) {
    if (pos >= text.length() || text.charAt(pos) != '.') {
      return false;
    }
    int i = skipSpaces(text, pos + 1);
    return i > pos + 1 && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  /**
   * The form of German ministries: {@code Pressemitteilung vom 25. Januar 2022 | Berlin –}: a word
   * or two, {@code vom}, {@code du}, {@code van} or {@code of}, the date, a bar, comma or dash, and
   * the place, closed by a dash, a colon or the end.
   */
  private static @Nullable Dateline releaseOf(String text) {
    int limit = Math.min(text.length(), 40);
    for (String word : new String[] {" vom ", " du ", " van ", " of ", " from "}) {
      int at = text.indexOf(word);
      if (at <= 0 || at > limit || wordCount(text.substring(0, at)) > 4) {
        continue;
      }
      int pos = skipSpaces(text, at + word.length());
      Found found = date(text, pos);
      if (found == null) {
        continue;
      }
      int i = skipSpaces(text, found.end);
      if (i >= text.length()
          || (text.charAt(i) != '|' && text.charAt(i) != ',' && !isDash(text.charAt(i)))) {
        continue;
      }
      int placeStart = skipSpaces(text, i + 1);
      int placeEnd = placeStart;
      while (placeEnd < text.length()
          && placeEnd - placeStart < 60
          && !isDash(text.charAt(placeEnd))
          && text.charAt(placeEnd) != ':'
          && text.charAt(placeEnd) != '\n') {
        placeEnd++;
      }
      String place = text.substring(placeStart, placeEnd).trim();
      if (!looksLikePlace(place) || (placeEnd < text.length() && text.charAt(placeEnd) == '\n')) {
        continue;
      }
      return new Dateline(place, found.date, text.substring(0, placeStart + place.length()));
    }
    return null;
  }

  /**
   * A wire's dateline without a date: {@code GREENWICH, Conn.--(BUSINESS WIRE)--}, {@code LONDON
   * (Reuters) -}, {@code PARIS /PRNewswire/ --}: the place, the wire's name in brackets or slashes,
   * a dash.
   */
  private static @Nullable Dateline wireWithoutDate(String text) {
    int limit = Math.min(text.length(), WINDOW);
    int open = -1;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '/') {
        open = i;
        break;
      }
    }
    if (open <= 0) {
      return null;
    }
    char closeChar = text.charAt(open) == '(' ? ')' : '/';
    int close = text.indexOf(closeChar, open + 1);
    if (close < 0 || close - open > 40 || !isWire(text.substring(open + 1, close))) {
      return null;
    }
    if (!followedByDash(text, open)) {
      return null;
    }
    int end = open;
    while (end > 0 && (Spaces.isSpace(text.charAt(end - 1)) || isDash(text.charAt(end - 1)))) {
      end--;
    }
    String location = text.substring(0, end).trim();
    if (location.endsWith(",")) {
      location = location.substring(0, location.length() - 1).trim();
    }
    if (!looksLikePlace(location)) {
      return null;
    }
    return new Dateline(location, null, location);
  }

  /** Names of wire services and press agencies, as they stand in a dateline's brackets. */
  private static boolean isWire(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.contains("wire")
        || lower.contains("presswire")
        || lower.equals("reuters")
        || lower.equals("ap")
        || lower.equals("afp")
        || lower.equals("dpa")
        || lower.equals("anp")
        || lower.equals("belga")
        || lower.equals("apa")
        || lower.equals("ots")
        || lower.equals("apa-ots")
        || lower.equals("sda")
        || lower.equals("ats")
        || lower.equals("prweb")
        || lower.equals("cnw")
        || lower.equals("marketwired")
        || lower.equals("newsfile")
        || lower.equals("pressetext")
        || lower.equals("epa");
  }

  /**
   * The place alone in brackets at the start, then a dash: {@code (Leipzig) - Von ...}. The date is
   * null.
   */
  private static @Nullable Dateline placeInParentheses(String text) {
    if (text.isEmpty() || text.charAt(0) != '(') {
      return null;
    }
    int close = text.indexOf(')');
    if (close < 2 || close > 40) {
      return null;
    }
    String place = text.substring(1, close).trim();
    if (!looksLikePlace(place) || place.indexOf(',') >= 0 || isWire(place)) {
      return null;
    }
    int i = skipSpaces(text, close + 1);
    if (i >= text.length() || !isDash(text.charAt(i))) {
      return null;
    }
    return new Dateline(place, null, text.substring(0, close + 1));
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012';
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
    return isDash(c) || c == ':' || c == '\u2026' || text.startsWith("...", i);
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
      if (i + 1 < text.length() && text.charAt(i) == '/' && isDigit(text.charAt(i + 1))) {
        return numeric(text, day, i + 1, '/');
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

  private static @Nullable Found numeric(String text, int day, int i, char separator) {
    // dd.MM.yyyy or dd/MM/yyyy, i at the month
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

  /** Skips a weekday and the comma after it: {@code Berlin, Montag, 12. Mai 2026}. */
  private static int skipWeekday(String text, int pos) {
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
