package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of contact text: splitting it into words, the field labels ({@code Tel:}, {@code
 * E-mail}) that stand between a name and its details, and small tests on a word. Shared by the
 * classes that read contacts from text.
 */
final class ContactWords {
  /** Words that end a name: the field labels that follow it. */
  static final Set<String> FIELD_WORDS =
      Set.of(
          "tel",
          "tel.",
          "tél",
          "tél.",
          "tel:",
          "phone",
          "phone:",
          "telephone",
          "téléphone",
          "telefon",
          "telefoon",
          "t",
          "t.",
          "t:",
          "m",
          "m.",
          "m:",
          "e",
          "e.",
          "e:",
          "email",
          "e-mail",
          "email:",
          "e-mail:",
          "mail",
          "mail:",
          "mobile",
          "mobile:",
          "mob",
          "mob.",
          "mob:",
          "gsm",
          "gsm:",
          "mobil",
          "mobil:",
          "mobiel",
          "portable",
          "cell",
          "handy",
          "fax",
          "fax:",
          "at",
          "f",
          "f:",
          "f.",
          "w",
          "w:",
          "p",
          "p:",
          "p.",
          "phone number",
          "mobile number",
          "via",
          "on",
          "or",
          "op",
          "auf",
          "unter",
          "au",
          "or:");

  /**
   * {@return the text split at runs of ASCII whitespace ({@code [ \t\n\x0B\f\r]}, regex {@code \s})
   * into at most {@code limit} tokens, the last holding the rest}, as {@code
   * Pattern.compile("\\s+").split(text, limit)} does for a trimmed text, without the regex
   * machinery
   */
  static List<String> splitSpaces(String text, int limit) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n && out.size() < limit - 1) {
      if (isRegexSpace(text.charAt(i))) {
        int j = i + 1;
        while (j < n && isRegexSpace(text.charAt(j))) {
          j++;
        }
        out.add(text.substring(start, i));
        start = j;
        i = j;
      } else {
        i++;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** {@return whether the character is one the regex {@code \s} matches} */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A field label standing alone: {@code Tel:}, {@code E-mail}, {@code P:}. */
  static boolean isFieldLabel(String s) {
    String lower = s.toLowerCase(Locale.ROOT).strip();
    return FIELD_WORDS.contains(lower)
        || (lower.endsWith(":")
            && FIELD_WORDS.contains(lower.substring(0, lower.length() - 1).strip()))
        || lower.equals("p:")
        || lower.equals("p")
        || lower.equals("w:");
  }

  /** {@return the token without the punctuation around it} */
  static String stripPunctuation(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
      b--;
    }
    return token.substring(a, b);
  }

  /** {@return whether the text holds a digit} */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@return the words and more, as one set} */
  static Set<String> union(Set<String> words, String... more) {
    Set<String> all = new HashSet<>(words);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }

  private ContactWords() {}
}
