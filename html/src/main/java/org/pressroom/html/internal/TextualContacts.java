package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * Contacts written as text: a paragraph opened by a label such as {@code Press contact:}, or, under
 * a label standing alone, a paragraph that holds an email address or a phone number. Hand-written
 * scanners, no regular expressions.
 */
final class TextualContacts {
  /**
   * Labels that say "contact" by themselves: a separator ({@code :}, a dash) after them is enough.
   */
  private static final List<String> STRONG =
      List.of(
          "press contacts",
          "press contact",
          "media contacts",
          "media contact",
          "press inquiries",
          "media inquiries",
          "press enquiries",
          "media enquiries",
          "press office",
          "contacts",
          "contact",
          "perscontacten",
          "perscontact",
          "contactpersonen",
          "contactpersoon",
          "woordvoerder",
          "pressekontakte",
          "pressekontakt",
          "medienkontakt",
          "pressestelle",
          "ansprechpartnerin",
          "ansprechpartner",
          "kontakt",
          "contacts presse",
          "contact presse",
          "relations presse",
          "relation presse",
          "contacts médias",
          "contact médias",
          "contact média",
          "contacts media",
          "contact media");

  /**
   * Labels that may introduce anything: the paragraph must also hold an email address or a phone
   * number.
   */
  private static final List<String> WEAK =
      List.of(
          "for more information",
          "for further information",
          "more information",
          "further information",
          "voor meer informatie",
          "meer informatie",
          "für rückfragen",
          "rückfragen",
          "weitere informationen",
          "pour plus d'informations",
          "pour plus d’informations",
          "plus d'informations",
          "plus d’informations");

  private static final List<String> LABELS;

  /** The first letters of the labels, lower case. */
  private static final String FIRST_LETTERS;

  /**
   * The keys ({@link #key}) of the labels' first three letters, sorted; with the labels of each
   * key, longest first.
   */
  private static final long[] KEYS;

  private static final String[][] LABELS_BY_KEY;

  static {
    List<String> all = new ArrayList<>(STRONG);
    all.addAll(WEAK);
    all.sort(
        Comparator.comparingInt(String::length)
            .reversed()); // longest first: "contact presse" before "contact"
    LABELS = List.copyOf(all);
    StringBuilder first = new StringBuilder();
    for (String label : LABELS) {
      char c = label.charAt(0);
      if (first.indexOf(String.valueOf(c)) < 0) {
        first.append(c);
      }
    }
    FIRST_LETTERS = first.toString();
    java.util.TreeMap<Long, List<String>> byKey = new java.util.TreeMap<>();
    for (String label : LABELS) {
      byKey.computeIfAbsent(key(label), k -> new ArrayList<>()).add(label); // keeps longest first
    }
    KEYS = new long[byKey.size()];
    LABELS_BY_KEY = new String[byKey.size()][];
    int i = 0;
    for (java.util.Map.Entry<Long, List<String>> e : byKey.entrySet()) {
      KEYS[i] = e.getKey();
      LABELS_BY_KEY[i] = e.getValue().toArray(new String[0]);
      i++;
    }
  }

  /**
   * The first three characters of a text folded as {@link String#regionMatches(boolean, int,
   * String, int, int)} folds them, so that a text can only start with a label of the same key.
   * Every label is longer than three characters.
   */
  private static long key(String text) {
    return ((long) fold(text.charAt(0)) << 32)
        | ((long) fold(text.charAt(1)) << 16)
        | fold(text.charAt(2));
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Words that end a name: the field labels that follow it. */
  private static final Set<String> FIELD_WORDS =
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
          "via",
          "on",
          "or",
          "op",
          "auf",
          "unter",
          "au",
          "or:");

  /** Lower-case words that may stand inside a name. */
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "de", "der", "den", "von", "du", "la", "le", "di", "da", "ter", "ten", "zu", "vom",
          "'t", "d'");

  private static final List<String> MOBILE_LABELS =
      List.of("mobile", "mobil", "mob", "gsm", "portable", "cell", "handy", "mobiel");

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

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private TextualContacts() {}

  /** A label at the start of a text. */
  record LabelMatch(int end, boolean separator, boolean strong) {}

  static @Nullable LabelMatch label(String text) {
    if (text.length() < 3 || FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
      return null; // most paragraphs: one look at the first letter
    }
    int slot = java.util.Arrays.binarySearch(KEYS, key(text));
    if (slot < 0) {
      return null; // no label starts with these three letters
    }
    for (String label : LABELS_BY_KEY[slot]) {
      int n = label.length();
      if (!text.regionMatches(true, 0, label, 0, n)) {
        continue;
      }
      if (n < text.length() && Character.isLetterOrDigit(text.charAt(n))) {
        continue; // "Contactless", "Kontaktdaten"
      }
      int i = n;
      while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
        i++;
      }
      boolean separator = false;
      if (i < text.length()) {
        char c = text.charAt(i);
        if (c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\uFF1A') {
          separator = true;
          i++;
        } else if (c == ',' || c == '\n') {
          separator = c == '\n';
          i++;
        }
      }
      while (i < text.length() && (Spaces.isSpace(text.charAt(i)) || text.charAt(i) == '\n')) {
        i++;
      }
      return new LabelMatch(i, separator, STRONG.contains(label));
    }
    return null;
  }

  /**
   * {@return whether the text is a contact label and nothing else, such as {@code Press contact:}}
   */
  static boolean isBareLabel(String text) {
    return isBareLabel(text, label(text));
  }

  /**
   * {@return whether the text is a contact label and nothing else}, given its {@link #label}
   *
   * @param text the text
   * @param m what {@link #label} gives for the text
   */
  static boolean isBareLabel(String text, @Nullable LabelMatch m) {
    return m != null && m.end >= text.length();
  }

  /** {@return the contact of a paragraph opened by a label, or null when the text is not one} */
  static @Nullable Contact labelled(String text) {
    return labelled(text, label(text));
  }

  /**
   * {@return the contact of a paragraph opened by a label, or null when the text is not one}, given
   * its {@link #label}
   *
   * @param text the text
   * @param m what {@link #label} gives for the text
   */
  static @Nullable Contact labelled(String text, @Nullable LabelMatch m) {
    if (m == null || m.end >= text.length()) {
      return null;
    }
    String rest = text.substring(m.end);
    int email = emailStart(rest);
    int phone = phoneStart(rest, 0);
    if (!(m.strong && m.separator) && email < 0 && phone < 0) {
      return null;
    }
    return extract(rest, email, phone);
  }

  /**
   * {@return the contact of a paragraph under a bare label: only when it holds an email address or
   * a phone}
   */
  static @Nullable Contact unlabelled(String text) {
    int email = emailStart(text);
    int phone = phoneStart(text, 0);
    if (email < 0 && phone < 0) {
      return null;
    }
    return extract(text, email, phone);
  }

  private static Contact extract(String s, int emailStart, int phoneStart) {
    int stop = s.length();
    if (emailStart >= 0) {
      stop = emailStart;
    }
    if (phoneStart >= 0) {
      stop = Math.min(stop, phoneStart);
    }
    Contact.Builder b = Contact.builder(name(s, stop));
    if (emailStart >= 0) {
      b.email(s.substring(emailStart, emailEnd(s, emailStart)));
    }
    if (phoneStart >= 0) {
      String phone = s.substring(phoneStart, phoneEnd(s, phoneStart));
      if (labelledMobile(s, phoneStart)) {
        b.mobile(phone);
      } else {
        b.telephone(phone);
      }
    }
    return b.build();
  }

  /**
   * The name: capitalised words (and particles) before the first delimiter, field label, address or
   * number.
   */
  static String name(String s, int stop) {
    int end = stop;
    for (int i = 0; i < stop; i++) {
      char c = s.charAt(i);
      if (c == ','
          || c == '\n'
          || c == '('
          || c == '|'
          || c == '/'
          || c == ';'
          || c == ':'
          || c == '\u2013'
          || c == '\u2014'
          || c == '<'
          || c == '['
          || c == '\u00B7'
          || c == '\u2022'
          || (c == '-' && i > 0 && Spaces.isSpace(s.charAt(i - 1)))) {
        end = i;
        break;
      }
    }
    List<String> tokens = splitSpaces(s.substring(0, end).trim(), 16);
    List<String> name = new ArrayList<>();
    int skipped = 0;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (FIELD_WORDS.contains(lower) || token.indexOf('@') >= 0 || hasDigit(token)) {
        if (name.isEmpty() && skipped < 4 && !hasDigit(token) && token.indexOf('@') < 0) {
          skipped++;
          continue;
        }
        break;
      }
      boolean capital = Character.isUpperCase(token.charAt(0));
      if (!capital && !(PARTICLES.contains(lower) && !name.isEmpty())) {
        if (name.isEmpty() && skipped < 4) {
          skipped++; // "please contact Jane Doe"
          continue;
        }
        break;
      }
      name.add(token);
      if (name.size() == 6) {
        break;
      }
    }
    while (!name.isEmpty()
        && PARTICLES.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      name.remove(name.size() - 1);
    }
    return String.join(" ", name);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
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
  static int emailStart(String s) {
    for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isLocalChar(s.charAt(start - 1))) {
        start--;
      }
      while (start < at && s.charAt(start) == '.') {
        start++;
      }
      if (start < at && validDomain(s, at + 1, emailEnd(s, start))) {
        return start;
      }
    }
    return -1;
  }

  private static int emailEnd(String s, int start) {
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

  /** {@return where the first phone number (at least 8 digits) starts, or -1} */
  static int phoneStart(String s, int from) {
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean opener =
          c == '+'
              || Character.isDigit(c)
              || (c == '('
                  && i + 1 < s.length()
                  && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '+'));
      boolean wordStart =
          i == 0
              || !(Character.isLetterOrDigit(s.charAt(i - 1))
                  || s.charAt(i - 1) == '@'
                  || s.charAt(i - 1) == '.'
                  || s.charAt(i - 1) == '_');
      if (opener && wordStart) {
        int end = phoneEnd(s, i);
        int digits = 0;
        for (int k = i; k < end; k++) {
          if (Character.isDigit(s.charAt(k))) {
            digits++;
          }
        }
        boolean partOfWord =
            end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '@');
        if (digits >= 8 && digits <= 16 && !partOfWord && !looksLikeDate(s, i, end)) {
          return i;
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * {@code 25.01.2022}, {@code 1/2/2026}, {@code 2026-01-25} (day, month, year groups) are dates,
   * not phones.
   */
  private static boolean looksLikeDate(String s, int start, int end) {
    int[] groups = new int[3];
    int count = 0;
    int run = 0;
    for (int k = start; k <= end; k++) {
      char c = k < end ? s.charAt(k) : '.';
      if (Character.isDigit(c)) {
        run++;
      } else if ((c == '.' || c == '/' || c == '-') && run > 0 && count < 3) {
        groups[count++] = run;
        run = 0;
      } else {
        return false;
      }
    }
    return count == 3
        && ((groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)
            || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2));
  }

  private static int phoneEnd(String s, int start) {
    int end = start + 1;
    while (end < s.length()) {
      char c = s.charAt(end);
      boolean plusAfterOpener = c == '+' && end == start + 1 && s.charAt(start) == '(';
      if (Character.isDigit(c)
          || c == ' '
          || c == '\u00A0'
          || c == '-'
          || c == '.'
          || c == '/'
          || c == '('
          || c == ')'
          || plusAfterOpener) {
        end++;
      } else {
        break;
      }
    }
    while (end > start && !Character.isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != ')') {
      end--;
    }
    return end;
  }

  private static boolean labelledMobile(String s, int phoneStart) {
    int from = Math.max(0, phoneStart - 24);
    for (int i = phoneStart - 1; i >= from; i--) {
      char c = s.charAt(i);
      if (c == ',' || c == '\n' || c == ';' || c == '|') {
        from = i + 1;
        break;
      }
    }
    String window = s.substring(from, phoneStart).toLowerCase(Locale.ROOT);
    for (String label : MOBILE_LABELS) {
      if (window.contains(label)) {
        return true;
      }
    }
    return false;
  }
}
