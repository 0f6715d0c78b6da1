package org.pressroom.html.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Dateline;

/**
 * Finds the dateline that opens a lead paragraph: {@code LOCATION, DATE [/WIRE/ | (WIRE)] DASH}:
 * which block may hold it, and the forms a dateline takes around its place ({@link Places}) and
 * date ({@link Dates}). A hand-written scanner (no regular expression, so no backtracking): it
 * looks at most {@link #WINDOW} characters into the text. An optional {@code le}, {@code den},
 * {@code am} or {@code op} may stand before the date.
 */
final class Datelines {
  static final int WINDOW = 160;

  private Datelines() {}

  /** The dateline is searched among this many first blocks. */
  static final int SEARCHED_BLOCKS = 10;

  /** A paragraph that is a dateline alone may follow at most this many other short paragraphs. */
  private static final int MAX_LOOSE_BEFORE_ALONE = 2;

  /** A list of highlights above the dateline has at most this many words. */
  private static final int MAX_HIGHLIGHTS_WORDS = 80;

  /** Such a short paragraph has at most this many characters. */
  private static final int MAX_LOOSE_LENGTH = 400;

  /**
   * {@return the body's dateline}: in the first paragraph that opens with one, among the first
   * {@value #SEARCHED_BLOCKS} blocks, where every block before it is front matter ({@link
   * FrontMatter}: a title or notice), an image and its caption, a divider, a short list of
   * highlights, or a contact section placed at the top. A paragraph that is a dateline and nothing
   * else may also follow up to two short paragraphs (a standfirst above the place and date).
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
      BlockType type = BlockType.of(b);
      String text = texts.apply(i);
      if (type == BlockType.PARAGRAPH) {
        Dateline d = loose == 0 ? find(text) : null;
        if (d == null) {
          d = alone(text);
        }
        if (d != null) {
          return d;
        }
      }
      if (type == BlockType.IMAGE || type == BlockType.DIVIDER || type == BlockType.CONTACT) {
        contacts |= type == BlockType.CONTACT;
        continue;
      }
      if ((type == BlockType.PARAGRAPH && FrontMatter.isCaption(text))
          || (type == BlockType.LIST
              && Spaces.words(text, MAX_HIGHLIGHTS_WORDS + 1) <= MAX_HIGHLIGHTS_WORDS)) {
        continue; // an image's caption, or the highlights a wire lists above its dateline
      }
      if (type != BlockType.HEADING && ContactReader.mayStartContacts(text)) {
        contacts = true; // a contact section at the top, as SEC-filed releases place it
        continue;
      }
      if (FrontMatter.isFrontMatter(b, text, titles)) {
        contacts = type == BlockType.HEADING && ContactReader.mayStartContacts(text);
        continue;
      }
      if (contacts && type == BlockType.PARAGRAPH && Spaces.words(text, 21) <= 20) {
        continue; // a line of a contact section at the top
      }
      if (type == BlockType.PARAGRAPH
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
    if (wire != null) {
      return wire;
    }
    Dateline inBrackets = placeAndDateInParentheses(text);
    return inBrackets != null ? inBrackets : placeInParentheses(text);
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
      if (!Places.looksLikePlace(location) || Dates.isDayWord(location)) {
        // Places only grow with the next comma ("PALO ALTO, Calif."), so a non-place prefix ends
        // the search unless it just has too few words yet to be judged.
        if (Places.wordCount(location) > Places.MAX_WORDS) {
          return null;
        }
        continue;
      }
      int pos = Dates.skipSpaces(text, comma + 1);
      pos = Dates.skipWeekday(text, pos);
      int afterArticle = skipWord(text, pos, "le", "den", "am", "op", "the");
      Dates.Found found = Dates.dayAndMonth(text, afterArticle);
      if (found == null) {
        continue;
      }
      boolean closed;
      if (found.date() == null) {
        // a day and a month without a year, as AP writes it (LONDON, March 3 --): only after a
        // place in capitals and before a dash, so that "Today, June 8 -" is none
        closed = !alone && inCapitals(location) && followedByDash(text, found.end());
      } else {
        closed =
            alone
                ? onlyClosing(text, found.end())
                : followedByDash(text, found.end())
                    || (afterArticle > pos && followedBySentence(text, found.end()));
      }
      if (!closed) {
        continue;
      }
      return new Dateline(location, found.date(), text.substring(0, found.end()));
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
      if (!Places.looksLikePlace(location)) {
        return null; // the first spaced dash must end the place
      }
      Dates.Found found = Dates.date(text, Dates.skipSpaces(text, i + 1));
      if (found == null || !followedByDash(text, found.end())) {
        return null;
      }
      return new Dateline(location, found.date(), text.substring(0, found.end()));
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
    if (!Places.looksLikePlace(location)) {
      return null;
    }
    Dates.Found found = Dates.date(text, Dates.skipSpaces(text, open + 1));
    if (found == null) {
      return null;
    }
    int close = Dates.skipSpaces(text, found.end());
    if (close >= text.length() || text.charAt(close) != ')' || !followedByDash(text, close + 1)) {
      return null;
    }
    return new Dateline(location, found.date(), text.substring(0, close + 1));
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
    int i = Dates.skipSpaces(text, pos + 1);
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
      if (at <= 0 || at > limit || Places.wordCount(text.substring(0, at)) > 4) {
        continue;
      }
      int pos = Dates.skipSpaces(text, at + word.length());
      Dates.Found found = Dates.date(text, pos);
      if (found == null) {
        continue;
      }
      int i = Dates.skipSpaces(text, found.end());
      if (i >= text.length()
          || (text.charAt(i) != '|' && text.charAt(i) != ',' && !isDash(text.charAt(i)))) {
        continue;
      }
      int placeStart = Dates.skipSpaces(text, i + 1);
      int placeEnd = placeStart;
      while (placeEnd < text.length()
          && placeEnd - placeStart < 60
          && !isDash(text.charAt(placeEnd))
          && text.charAt(placeEnd) != ':'
          && text.charAt(placeEnd) != '\n') {
        placeEnd++;
      }
      String place = text.substring(placeStart, placeEnd).trim();
      if (!Places.looksLikePlace(place)
          || (placeEnd < text.length() && text.charAt(placeEnd) == '\n')) {
        continue;
      }
      return new Dateline(place, found.date(), text.substring(0, placeStart + place.length()));
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
    if (!Places.looksLikePlace(location)) {
      return null;
    }
    // a date may follow the wire's name: SEATTLE--(BUSINESS WIRE)--March 3, 2026--
    int after = close + 1;
    while (after < text.length()
        && (Spaces.isSpace(text.charAt(after)) || isDash(text.charAt(after)))) {
      after++;
    }
    Dates.Found found = Dates.date(text, after);
    if (found != null && followedByDash(text, found.end())) {
      return new Dateline(location, found.date(), text.substring(0, found.end()));
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
    if (!Places.looksLikePlace(place) || place.indexOf(',') >= 0 || isWire(place)) {
      return null;
    }
    int i = Dates.skipSpaces(text, close + 1);
    if (i >= text.length() || !isDash(text.charAt(i))) {
      return null;
    }
    return new Dateline(place, null, text.substring(0, close + 1));
  }

  /**
   * The place and the date together in brackets at the start, as German releases write them: {@code
   * (Berlin, 03.03.2024) Die ...}. The brackets alone set it apart from the text, so no dash needs
   * to follow.
   */
  private static @Nullable Dateline placeAndDateInParentheses(String text) {
    if (text.isEmpty() || text.charAt(0) != '(') {
      return null;
    }
    int close = text.indexOf(')');
    int comma = text.indexOf(',');
    if (close < 0 || close > 60 || comma < 2 || comma > close) {
      return null;
    }
    String place = text.substring(1, comma).trim();
    if (!Places.looksLikePlace(place)) {
      return null;
    }
    int pos = Dates.skipWeekday(text, Dates.skipSpaces(text, comma + 1));
    Dates.Found found = Dates.date(text, skipWord(text, pos, "den", "am", "le", "op"));
    if (found == null || Dates.skipSpaces(text, found.end()) != close) {
      return null;
    }
    return new Dateline(place, found.date(), text.substring(0, close + 1));
  }

  /** {@return whether the place's name (up to its first comma) is written in capitals} */
  private static boolean inCapitals(String location) {
    int comma = location.indexOf(',');
    return FrontMatter.allCapitals(comma < 0 ? location : location.substring(0, comma));
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2012';
  }

  private static boolean followedByDash(String text, int pos) {
    int i = Dates.skipSpaces(text, pos);
    if (i < text.length() && (text.charAt(i) == '/' || text.charAt(i) == '(')) {
      char close = text.charAt(i) == '/' ? '/' : ')';
      int end = text.indexOf(close, i + 1);
      if (end < 0 || end - i > 40) {
        return false;
      }
      i = Dates.skipSpaces(text, end + 1);
    }
    if (i >= text.length()) {
      return false;
    }
    if (text.charAt(i) == '.' && !text.startsWith("...", i)) {
      i = Dates.skipSpaces(text, i + 1); // "Amsterdam, 3 maart 2026. – ..."
      return i < text.length() && isDash(text.charAt(i));
    }
    char c = text.charAt(i);
    return isDash(c) || c == ':' || c == '\u2026' || text.startsWith("...", i);
  }

  private static int skipWord(String text, int pos, String... words) {
    for (String w : words) {
      int end = pos + w.length();
      if (text.regionMatches(true, pos, w, 0, w.length())
          && end < text.length()
          && Spaces.isSpace(text.charAt(end))) {
        return Dates.skipSpaces(text, end);
      }
    }
    return pos;
  }
}
