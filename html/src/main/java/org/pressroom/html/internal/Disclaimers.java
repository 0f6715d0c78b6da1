package org.pressroom.html.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Disclaimers, in English, Dutch, French and German: the label of a disclaimer section ("Forward-
 * looking statements") and the opening of a disclaimer paragraph without one. Part of the structure
 * roles ({@link Roles}); plain searches and character tests spare most texts the patterns.
 */
final class Disclaimers {
  /**
   * Words that make a short label a disclaimer's (lower case), as an alternation. Every alternative
   * holds one of {@link #STEMS}.
   */
  private static final String WORDS =
      "(?:[\\p{L}\\p{N} ]{0,40})(?:forward[- ]looking|safe harbou?r|cautionary (?:note|statement)|disclaimer"
          + "|toekomstgerichte|vooruitziende|déclarations prospectives|informations prospectives"
          + "|mise en garde|avertissement|zukunftsgerichtete|haftungsausschluss)(?:[\\p{L}\\p{N} ,()]{0,60})";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern LABEL = Pattern.compile("(?:" + WORDS + ")\\s*:?", FLAGS);

  /**
   * A part of every alternative of {@link #WORDS}, in lower case. The label pattern tries each
   * alternative after each of up to 40 leading characters; these plain searches spare almost every
   * text that search (a third of the body parse of a short release before they did).
   */
  private static final List<String> STEMS =
      List.of(
          "forward",
          "safe harbo",
          "cautionary",
          "disclaimer",
          "toekomstgerichte",
          "vooruitziende",
          "prospectives",
          "mise en garde",
          "avertissement",
          "zukunftsgerichtete",
          "haftungsausschluss");

  /** How a disclaimer paragraph without a heading opens: with a disclaimer's own words. */
  private static final GatedPattern OPENING_WORDS =
      new GatedPattern(
          Pattern.compile(
              "(?:forward[- ]looking (?:statements?|information)|safe harbou?r|cautionary|disclaimer"
                  + "|neither (?:the )?(?:tsx|nasdaq|nyse|canadian securities|securities)"
                  + "|certain (?:statements|information) (?:in|contained in|included in) th)",
              FLAGS));

  /** Or by saying what it holds: "This release contains forward-looking statements". */
  private static final Pattern HOLDING =
      Pattern.compile(
          "(?:this|the|ce|cette|dit|deze|diese[rs]?) (?:[\\p{L}-]+ ){0,4}"
              + "(?:contains?|includes?|may contain|contient|peut contenir|bevat|enthält)"
              + " (?:[\\p{L}-]+ ){0,4}(?:forward[- ]looking|prospective|toekomstgerichte"
              + "|zukunftsgerichtete|vorausschauende)",
          FLAGS);

  /** The first words {@link #HOLDING} can start with, and a space. */
  private static final List<String> HOLDING_FIRST_WORDS =
      List.of("this ", "the ", "ce ", "cette ", "dit ", "deze ", "diese");

  /**
   * A part of what {@link #HOLDING} ends with, in lower case: an opening without one is spared the
   * pattern.
   */
  private static final List<String> HOLDING_STEMS =
      List.of(
          "forward", "prospective", "toekomstgerichte", "zukunftsgerichtete", "vorausschauende");

  /** Accepting no responsibility, anywhere in the opening: the exchanges' boilerplate. */
  private static final Pattern NO_RESPONSIBILITY =
      Pattern.compile("accepts? (?:no )?responsibility for the adequacy or accuracy", FLAGS);

  /**
   * {@return whether a paragraph opens like a disclaimer}: "Forward-looking statements ...", "This
   * release contains forward-looking ...", or an exchange's "accepts no responsibility"
   *
   * @param text the paragraph's text, not empty
   * @param end how far its opening reaches
   */
  static boolean opens(String text, int end) {
    int word = text.indexOf("esponsibility");
    if (word >= 0
        && word + "esponsibility".length() <= end
        && NO_RESPONSIBILITY.matcher(text).region(0, end).find()) {
      return true;
    }
    if (OPENING_WORDS.lookingAt(text)) {
      return true; // the pattern reads no further than its longest words
    }
    if (!holdsFirstWord(text)) {
      return false; // most paragraphs
    }
    String opening = text.substring(0, end);
    return holdsAny(opening.substring(0, holdingEnd(opening)), HOLDING_STEMS)
        && HOLDING.matcher(opening).lookingAt();
  }

  /**
   * {@return how far a match of {@link #HOLDING} can reach}: its words are letters and hyphens
   * between single spaces, eleven spaces at most before the stem; up to the first other character
   * or the twelfth space. The stems are searched no further (a paragraph opening with "The"
   * searched to 300 characters cost 0.5 us on the sample).
   */
  private static int holdingEnd(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' '
          ? ++spaces > 11
          : c != '-' && !Character.isLetter(c) && !Character.isSurrogate(c)) {
        return i;
      }
    }
    return text.length();
  }

  /** {@return whether the text holds one of the stems (lower case), ignoring case} */
  private static boolean holdsAny(String text, List<String> stems) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsFirstWord(String text) {
    char c = Character.toLowerCase(text.charAt(0));
    for (String first : HOLDING_FIRST_WORDS) {
      if (c == first.charAt(0) && text.regionMatches(true, 0, first, 0, first.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether a text is a disclaimer's label}: "Forward-looking statements" and the like */
  static boolean isLabel(String text) {
    return labelCharacters(text) && holdsAny(text, STEMS) && LABEL.matcher(text).matches();
  }

  /**
   * {@return whether the text's ASCII characters are all such as {@link #LABEL} takes}: letters,
   * digits, spaces, commas, brackets and hyphens, and a colon at the end. Turns away most headings
   * and short paragraphs before the stem search (0.1 to 0.2 us each).
   */
  private static boolean labelCharacters(String text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c < 128
          && !Character.isLetterOrDigit(c)
          && " ,()-\t\n\u000B\f\r".indexOf(c) < 0
          && (c != ':' || i != last)) {
        return false;
      }
    }
    return true;
  }

  private Disclaimers() {}
}
