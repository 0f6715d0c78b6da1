package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Heading;
import org.pressroom.html.Inline;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/**
 * Heading inference (DESIGN 3 and 3.1): when a paragraph reads as a heading, and the pass over the
 * top-level blocks that splits a heading off the start of a paragraph and recognises plain section
 * labels. Stateless.
 */
final class Headings {
  /** The most words an inferred heading has. */
  static final int MAX_HEADING_WORDS = 15;

  /** The most words of a plain (unmarked) line read as a heading. */
  private static final int MAX_PLAIN_WORDS = 8;

  /** An email address or a phone number (seven digits or more, spaced or not). */
  private static final Pattern CONTACT_DETAIL =
      Pattern.compile("@[\\w-]+\\.|\\+?\\(?\\d[\\d ()./-]{5,}\\d");

  /** The fewest words of a line that reads as a sentence. */
  private static final int SENTENCE_WORDS = 5;

  /** The fewest words of a paragraph read as prose whatever it holds. */
  private static final int PROSE_WORDS = 40;

  /** The fewest words of the paragraph under a bold label ending in a colon. */
  private static final int MIN_LABELLED_WORDS = 12;

  /** The fewest words of the paragraph a plain "Topic:" line heads. */
  private static final int MIN_TOPIC_BODY_WORDS = 15;

  /** A company form that ends a name, not a sentence: {@code Inc.}, {@code S.A.}, {@code e.V.}. */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?:^|[\\s,(])(?:Inc|Ltd|Corp|Co|Plc|S\\.A|N\\.V|B\\.V|S\\.p\\.A|e\\.V|Jr|Sr|St)\\.$",
          Pattern.CASE_INSENSITIVE);

  /** A plain "About X" line in four languages. */
  private static final Pattern ABOUT_LINE =
      Pattern.compile(
          "(?:about|over|à propos de?|a propos de?|à propos d['’]|a propos d['’]|über|ueber)\\s+\\S.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Characters at the end of a text long enough to hold the longest form and the mark before it.
   */
  private static final int ABBREVIATION_TAIL = 12;

  private Headings() {}

  /**
   * {@return whether a paragraph reads as a heading}: its whole text bold (or its whole text
   * underlined; a colon after it may be outside), at most {@value #MAX_HEADING_WORDS} words, no
   * link, image or line break, not ending a sentence ({@code .}, {@code !}, {@code ?}, an ellipsis;
   * a company form such as {@code Inc.} ends no sentence), not an all-capitals notice and not
   * opening with a dateline
   *
   * @param content the paragraph's content
   * @param text its block text, not empty
   */
  static boolean reads(List<Inline> content, String text) {
    boolean allBold = true;
    boolean allUnderlined = true;
    int n = content.size();
    for (int i = 0; i < n && (allBold || allUnderlined); i++) {
      if (!(content.get(i) instanceof Text t)) {
        return false;
      }
      if (!isBlank(t.text()) && !(i == n - 1 && i > 0 && isColon(t.text()))) {
        allBold &= t.has(Mark.BOLD);
        allUnderlined &= t.has(Mark.UNDERLINE);
      }
    }
    if (!allBold && !allUnderlined) {
      return false; // most paragraphs, before any pattern
    }
    if ((!endsLikeHeading(text) && !Roles.isAboutLabel(text)) // "Qui sommes-nous ?"
        || Spaces.words(text, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS) {
      return false;
    }
    return !Roles.isCapitalNotice(text)
        && Datelines.find(text) == null
        && !isDateAlone(text)
        && !FrontMatter.isCaption(text);
  }

  /** {@return whether a text is a date and nothing else: {@code Monday, 3 March 2026}} */
  private static boolean isDateAlone(String text) {
    Dates.Found date = Dates.date(text, Dates.skipWeekday(text, 0));
    return date != null && Dates.skipSpaces(text, date.end()) == text.length();
  }

  /** Whether a run is a colon alone (the colon after a bold label, left outside the bold). */
  private static boolean isColon(String s) {
    return s.strip().equals(":");
  }

  private static boolean endsLikeHeading(String text) {
    char last = text.charAt(text.length() - 1);
    if (last == '!' || last == '?' || last == '\u2026') {
      return false;
    }
    if (last != '.') {
      return true;
    }
    // Only the end can hold the abbreviation: a find over the whole text tried the pattern at every
    // position of every paragraph ending in a full stop (most of them), which tripled the time of a
    // full read of the sample release in JMH.
    int from = Math.max(0, text.length() - ABBREVIATION_TAIL);
    return ABBREVIATION_END
        .matcher(text)
        .region(from, text.length())
        .useAnchoringBounds(false)
        .useTransparentBounds(true)
        .find();
  }

  /**
   * The content as a heading's: without the bold and underline marks (a heading is bold by nature),
   * adjacent runs merged again. Every inline must be a text.
   */
  static List<Inline> unmarked(List<Inline> content) {
    List<Inline> out = new ArrayList<>(content.size());
    for (Inline inline : content) {
      Text t = (Text) inline;
      int marks = Marks.bits(t.marks()) & ~(Marks.BOLD | Marks.UNDERLINE);
      Inline prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev instanceof Text p && Marks.bits(p.marks()) == marks) {
        out.set(out.size() - 1, new Text(p.text() + t.text(), Marks.set(marks)));
      } else {
        out.add(new Text(t.text(), Marks.set(marks)));
      }
    }
    return out;
  }

  /**
   * The pass over the top-level blocks, in place: a paragraph opening with a bold run and a line
   * break, where the bold run alone reads as a heading, becomes that heading and a paragraph (not
   * the first block: there the bold line is the release's headline or kicker); a short plain
   * paragraph naming a back-matter section ("About X", "Notes to editors", "Forward-looking
   * statements") followed by another block becomes a heading; and when two or more paragraphs open
   * with a short plain "Topic:" line and a line break, each splits into that heading and the
   * paragraph.
   *
   * @param blocks the top-level blocks, changed in place
   * @return whether a block was split (the blocks after it moved)
   */
  static boolean pass(List<Block> blocks) {
    boolean split = false;
    int topics = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Paragraph p)) {
        continue;
      }
      List<Inline> content = p.content();
      int lineBreak = firstBreak(content);
      if (lineBreak > 0) {
        if (i > 0 && boldHead(content, lineBreak)) {
          split(blocks, i, content, lineBreak, true);
          split = true;
          i++;
          continue;
        }
        if (topicHead(content, lineBreak) != null) {
          topics++;
        }
      } else if (lineBreak < 0 && i + 1 < blocks.size() && sectionLabel(content)) {
        blocks.set(i, new Heading(2, true, content));
      }
    }
    if (topics >= 2) {
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Paragraph p) {
          List<Inline> content = p.content();
          int lineBreak = firstBreak(content);
          if (lineBreak > 0 && topicHead(content, lineBreak) != null) {
            split(blocks, i, content, lineBreak, false);
            split = true;
            i++;
          }
        }
      }
    }
    return split;
  }

  /** {@return the index of the first line break of the content, or -1} */
  private static int firstBreak(List<Inline> content) {
    for (int i = 0; i < content.size(); i++) {
      if (InlineType.of(content.get(i)) == InlineType.BREAK) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Replaces the paragraph at {@code i} by a heading (the content before the break) and the rest.
   */
  private static void split(
      List<Block> blocks, int i, List<Inline> content, int lineBreak, boolean bold) {
    List<Inline> head = content.subList(0, lineBreak);
    int start = lineBreak;
    while (start < content.size() && InlineType.of(content.get(start)) == InlineType.BREAK) {
      start++;
    }
    blocks.set(i, new Heading(2, true, bold ? unmarked(head) : List.copyOf(head)));
    blocks.add(i + 1, new Paragraph(content.subList(start, content.size())));
  }

  /**
   * Whether the content before the break is bold text that reads as a heading and the rest holds
   * text.
   */
  private static boolean boldHead(List<Inline> content, int lineBreak) {
    if (!(content.get(0) instanceof Text first) || !first.has(Mark.BOLD)) {
      return false; // the common case: one look
    }
    List<Inline> head = content.subList(0, lineBreak);
    String text = new Paragraph(head).text();
    if (text.isEmpty() || !reads(head, text) || !restHasText(content, lineBreak)) {
      return false;
    }
    String rest = new Paragraph(content.subList(lineBreak, content.size())).text();
    if (Spaces.words(rest, PROSE_WORDS) < PROSE_WORDS && CONTACT_DETAIL.matcher(rest).find()) {
      return false; // a name or label over a few lines of contact details: a contact
    }
    if (!hasSentence(rest)) {
      return false; // a name over an address, a label over values: lines, not a section
    }
    // a label ("Office:") over a short value is a field, not a section
    return text.charAt(text.length() - 1) != ':'
        || Spaces.words(rest, MIN_LABELLED_WORDS) >= MIN_LABELLED_WORDS;
  }

  /** Whether one line of the text has at least {@value #SENTENCE_WORDS} words. */
  private static boolean hasSentence(String text) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (Spaces.words(text.substring(start, end), SENTENCE_WORDS) >= SENTENCE_WORDS) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /**
   * {@return the text of a plain "Topic:" line before the break}: no marks but italic, no link, at
   * most {@value #MAX_PLAIN_WORDS} words, opening with a capital and ending with a colon, one
   * phrase; the paragraph after it at least {@value #MIN_TOPIC_BODY_WORDS} words; else null
   */
  private static @Nullable String topicHead(List<Inline> content, int lineBreak) {
    for (int k = 0; k < lineBreak; k++) {
      if (InlineType.of(content.get(k)) != InlineType.TEXT) {
        return null;
      }
    }
    List<Inline> head = content.subList(0, lineBreak);
    String text = new Paragraph(head).text();
    if (text.length() < 3
        || text.charAt(text.length() - 1) != ':'
        || !Character.isUpperCase(text.charAt(0))
        || Spaces.words(text, MAX_PLAIN_WORDS + 1) > MAX_PLAIN_WORDS
        || text.contains(". ")
        || text.contains(": ")
        || text.contains("\"")) {
      return null;
    }
    String rest = new Paragraph(content.subList(lineBreak, content.size())).text();
    return Spaces.words(rest, MIN_TOPIC_BODY_WORDS) >= MIN_TOPIC_BODY_WORDS ? text : null;
  }

  /** Whether a one-line paragraph of plain text names a back-matter section. */
  private static boolean sectionLabel(List<Inline> content) {
    int length = 0;
    for (Inline inline : content) {
      if (!(inline instanceof Text t)) {
        return false;
      }
      length += t.text().length();
    }
    if (length > 80) {
      return false;
    }
    String text = new Paragraph(content).text();
    if (text.isEmpty() || Character.isLowerCase(text.charAt(0))) {
      return false; // a section label starts with a capital
    }
    if (text.isEmpty() || Spaces.words(text, MAX_PLAIN_WORDS + 1) > MAX_PLAIN_WORDS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';') {
      return false;
    }
    return ABOUT_LINE.matcher(text).matches()
        || Roles.isNotesLabel(text)
        || Disclaimers.isLabel(text);
  }

  private static boolean restHasText(List<Inline> content, int lineBreak) {
    for (int k = lineBreak + 1; k < content.size(); k++) {
      InlineType type = InlineType.of(content.get(k));
      if (type != InlineType.BREAK
          && !(type == InlineType.TEXT && isBlank(content.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Spaces.isSpace(s.charAt(i)) && s.charAt(i) != '\n') {
        return false;
      }
    }
    return true;
  }
}
