package org.pressroom.html.internal;

import static org.pressroom.html.internal.ContactWords.isRegexSpace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Email addresses in contact text, plain ({@code jane@example.org}) or obfuscated ({@code jane (at)
 * example [dot] org}). A hand-written scanner; the patterns run only on texts that may hold an
 * obfuscated address.
 */
final class EmailAddresses {
  /** Obfuscated at signs: {@code <AT>}, {@code (at)}, {@code [at]}, {@code -at-}, {@code " @ "}. */
  private static final Pattern OBFUSCATED_AT = obfuscated("at", "|\\s@\\s");

  /** Obfuscated dots: {@code <DOT>}, {@code (dot)}, {@code [dot]}, {@code -dot-}. */
  private static final Pattern OBFUSCATED_DOT = obfuscated("dot", "");

  /**
   * {@return the pattern of a word written for a sign, with the spaces around it}: in brackets
   * ({@code (at)}, {@code <DOT>}) or between dashes, or one of the {@code more} alternatives
   */
  private static Pattern obfuscated(String word, String more) {
    return Pattern.compile(
        "\\s*(?:[<(\\[{]\\s*"
            + word
            + "\\s*[>)\\]}]|\\s-"
            + word
            + "-\\s|(?<=\\S)-"
            + word
            + "-(?=\\S)"
            + more
            + ")\\s*",
        Pattern.CASE_INSENSITIVE);
  }

  private EmailAddresses() {}

  /** {@return the first email address in the text, plain or obfuscated, or null} */
  static @Nullable String find(String s) {
    int start = start(s);
    if (start >= 0) {
      return s.substring(start, end(s, start));
    }
    if (!mayHoldObfuscatedAt(s)) {
      return null;
    }
    String plain = deobfuscate(s);
    start = start(plain);
    return start < 0 ? null : plain.substring(start, end(plain, start));
  }

  /**
   * {@return whether the text may hold an obfuscated at sign}: {@code at} after an opening bracket
   * or a dash (spaces between), or an at sign between spaces; a cheap test that every match of the
   * pattern passes, which spares most texts the pattern
   */
  private static boolean mayHoldObfuscatedAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '@') {
        if (i > 0
            && i + 1 < s.length()
            && isRegexSpace(s.charAt(i - 1))
            && isRegexSpace(s.charAt(i + 1))) {
          return true;
        }
      } else if ((c == 'a' || c == 'A') && s.regionMatches(true, i, "at", 0, 2)) {
        int j = i - 1;
        while (j >= 0 && isRegexSpace(s.charAt(j))) {
          j--;
        }
        if (j >= 0 && "<([{-".indexOf(s.charAt(j)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@return the text with obfuscated at signs and dots written plainly} */
  static String deobfuscate(String s) {
    if (!mayHoldObfuscatedAt(s)) {
      return s; // no at sign to write plainly, and then the dots stay as they are
    }
    String at = OBFUSCATED_AT.matcher(s).replaceAll("@");
    return at.equals(s) ? s : OBFUSCATED_DOT.matcher(at).replaceAll(".");
  }

  /** {@return where the address with the first obfuscated at sign starts, or the text's length} */
  static int obfuscatedStart(String s) {
    if (!mayHoldObfuscatedAt(s)) {
      return s.length();
    }
    Matcher m = OBFUSCATED_AT.matcher(s);
    if (!m.find()) {
      return s.length();
    }
    int at = m.start();
    int start = at;
    while (start > 0 && isLocalChar(s.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isLocalChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-';
  }

  /** {@return where the first email address starts, or -1} */
  static int start(String s) {
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      if (start < at && validDomain(s, at + 1, end(s, start))) {
        return start;
      }
    }
    return -1;
  }

  private static int end(String s, int start) {
    int at = s.indexOf('@', start);
    int end = at + 1;
    while (end < s.length() && isDomainChar(s.charAt(end))) {
      end++;
    }
    while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
      end--;
    }
    return end;
  }

  private static boolean validDomain(String s, int from, int to) {
    int dot = s.lastIndexOf('.', to - 1);
    if (dot <= from || to - dot - 1 < 2) {
      return false;
    }
    for (int i = dot + 1; i < to; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
