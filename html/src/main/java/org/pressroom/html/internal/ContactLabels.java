package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The labels that introduce press contacts, in English, Dutch, French and German ({@code Press
 * contact:}, {@code Perscontact}, {@code Contact presse}, {@code Pressekontakt}, ...), and the role
 * prefixes that open one contact among several ({@code Media:}, {@code Investors:}). Matched at the
 * start of a text, without regard to case, as whole words.
 */
final class ContactLabels {
  /** Labels that name the role of a contact section; they become the contact's description. */
  private static final Set<String> ROLES =
      Set.of(
          "media relations",
          "press relations",
          "investor relations",
          "investor contacts",
          "investor contact",
          "investor enquiries",
          "investor inquiries",
          "media enquiries",
          "media inquiries",
          "press enquiries",
          "press inquiries",
          "press office",
          "pressestelle",
          "relations presse",
          "relation presse",
          "relations médias",
          "relations media",
          "relations investisseurs",
          "contact investisseurs",
          "service de presse");

  /**
   * Labels that say "contact" by themselves: a separator ({@code :}, a dash) after them is enough.
   * The {@link #ROLES} and these.
   */
  private static final Set<String> STRONG =
      ContactWords.union(
          ROLES,
          "press contacts",
          "press contact",
          "media contacts",
          "media contact",
          "contact information",
          "contact details",
          "contacts",
          "contact",
          "perscontacten",
          "perscontact",
          "persinformatie",
          "persvragen",
          "contactpersonen",
          "contactpersoon",
          "contactgegevens",
          "woordvoerders",
          "woordvoerder",
          "pressekontakte",
          "pressekontakt",
          "pressesprecherin",
          "pressesprecher",
          "presseanfragen",
          "medienkontakte",
          "medienkontakt",
          "medienanfragen",
          "ansprechpartnerinnen",
          "ansprechpartnerin",
          "ansprechpartner",
          "kontaktadresse",
          "quelle und kontaktadresse",
          "adresse für rückfragen",
          "kontakt",
          "rückfragehinweise",
          "rückfragehinweis",
          "medienanfragen bitte an",
          "contacts presse",
          "contact presse",
          "contacts médias",
          "contact médias",
          "contact média",
          "contacts media",
          "contact media",
          "attachée de presse",
          "attaché de presse");

  /**
   * Labels that may introduce anything: the text must also hold an email address or a phone number.
   */
  private static final List<String> WEAK =
      List.of(
          "for more information please contact",
          "for further information please contact",
          "for media enquiries",
          "for media inquiries",
          "for press enquiries",
          "for press inquiries",
          "for more information",
          "for further information",
          "more information",
          "further information",
          "voor meer informatie",
          "meer informatie",
          "für rückfragen",
          "rückfragen",
          "weitere informationen",
          "pour en savoir plus",
          "pour plus d'informations",
          "pour plus d’informations",
          "plus d'informations",
          "plus d’informations",
          "renseignements",
          "pour tout renseignement",
          "pour toute information",
          "informations presse",
          "weitere auskünfte",
          "für weitere auskünfte",
          "auskünfte",
          "rückfragen bitte an",
          "persinfo");

  /**
   * Short role prefixes that open one contact among several when a colon follows ({@code Media:}).
   */
  private static final Set<String> ROLE_PREFIXES =
      Set.of(
          "media",
          "press",
          "investors",
          "investor",
          "analysts",
          "pers",
          "presse",
          "médias",
          "medias",
          "investisseurs",
          "medien",
          "investoren");

  /** Endings of a sentence that introduces contacts ({@code ... please contact:}). */
  private static final List<String> INTRO_ENDINGS =
      List.of(
          "please contact",
          "contact",
          "contact us",
          "reach out to",
          "contacter",
          "communiquer avec",
          "vous adresser à",
          "contacteren",
          "contact opnemen met",
          "contact op met",
          "kontaktieren sie",
          "wenden sie sich an",
          "wenden sie sich bitte an");

  /** The last letter of each of {@link #INTRO_ENDINGS}. */
  private static final String INTRO_LAST = letters(INTRO_ENDINGS, false);

  /** {@return the distinct first (or last) letters of the words, folded to lower case} */
  private static String letters(Collection<String> words, boolean first) {
    StringBuilder sb = new StringBuilder();
    for (String word : words) {
      char c = Character.toLowerCase(word.charAt(first ? 0 : word.length() - 1));
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The labels, longest first, by the {@link #key} of their first three letters. */
  private static final Map<Long, List<String>> BY_PREFIX = new HashMap<>();

  /** The first letter of each label (as {@link #key} folds it). */
  private static final String FIRST_LETTERS;

  static {
    List<String> all = new ArrayList<>(STRONG);
    all.addAll(WEAK);
    all.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (String label : all) {
      BY_PREFIX.computeIfAbsent(key(label), k -> new ArrayList<>()).add(label);
    }
    FIRST_LETTERS = letters(all, true);
  }

  private ContactLabels() {}

  /** The first three characters of a text, each folded to lower case, as one number. */
  private static long key(String text) {
    return ((long) Character.toLowerCase(text.charAt(0)) << 32)
        | ((long) Character.toLowerCase(text.charAt(1)) << 16)
        | Character.toLowerCase(text.charAt(2));
  }

  /**
   * A label at the start of a text.
   *
   * @param end where what follows the label (and its separator) starts
   * @param separator whether a colon, dash or line break follows the label
   * @param strong whether the label says "contact" by itself
   * @param role the role the label names, as {@link #role} gives it, or null
   */
  record LabelMatch(int end, boolean separator, boolean strong, @Nullable String role) {}

  /** {@return the label that opens the text, or null} */
  static @Nullable LabelMatch label(String text) {
    int from = labelStart(text);
    String found = labelAt(from == 0 ? text : text.substring(from));
    if (found == null) {
      return null;
    }
    int n = from + found.length();
    int i = n;
    while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    if (STRONG.contains(found)
        && i < text.length()
        && Character.isLowerCase(text.charAt(i))
        && !mayFollow(text, i)) {
      // a lower-case word after the label: a qualifier up to a colon ("Kontakt für Medien:"),
      // or else a sentence that starts with the word ("Contact centres in Europe handle ...")
      i = qualifierColon(text, i);
      if (i < 0) {
        return null;
      }
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
    String role = ROLES.contains(found) ? text.substring(from, n) : null;
    return new LabelMatch(i, separator, STRONG.contains(found), role);
  }

  /** A possessive that may stand before a label ({@code Ihre Ansprechpartnerin:}), lower case. */
  private static final List<String> POSSESSIVES =
      List.of("your ", "ihre ", "ihr ", "uw ", "votre ", "vos ", "unsere ", "unser ");

  /**
   * {@return where the text starts after a note's number ({@code 2. Media contact:}, {@code 2)})
   * and a possessive ({@code Ihre Ansprechpartnerin:}, {@code Votre contact :}), or 0}
   */
  private static int labelStart(String text) {
    int from = number(text);
    for (String word : POSSESSIVES) {
      if (text.regionMatches(true, from, word, 0, word.length())) {
        return Dates.skipSpaces(text, from + word.length());
      }
    }
    return from;
  }

  /** {@return where the text starts after a note's number, or 0} */
  private static int number(String text) {
    int i = 0;
    while (i < text.length() && i < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0
        || i + 1 >= text.length()
        || (text.charAt(i) != '.' && text.charAt(i) != ')')
        || !Spaces.isSpace(text.charAt(i + 1))) {
      return 0;
    }
    return Dates.skipSpaces(text, i + 1);
  }

  /**
   * Lower-case words that may follow a label directly: "Contact us at ...", "Contact the press
   * office".
   */
  private static final Set<String> FOLLOWERS =
      Set.of(
          "us", "me", "our", "the", "nous", "notre", "nos", "le", "la", "les", "ons", "onze", "de",
          "het", "uns", "unsere", "unseren", "unser", "die", "der", "to", "at", "via", "on", "an",
          "bei", "bij", "à", "auprès", "chez", "please", "bitte", "svp");

  /**
   * {@return whether the lower-case word at {@code i} may follow a label directly}: one of {@link
   * #FOLLOWERS}, or an email address, number or web address
   */
  private static boolean mayFollow(String text, int i) {
    int end = i;
    while (end < text.length() && !Spaces.isSpace(text.charAt(end))) {
      end++;
    }
    String word = text.substring(i, end);
    return FOLLOWERS.contains(word)
        || word.indexOf('@') >= 0
        || word.startsWith("www.")
        || word.startsWith("http")
        || ContactWords.hasDigit(word);
  }

  /**
   * {@return where the colon of a qualifier after a label stands ({@code für Medien:}), or -1: up
   * to five words without a digit, an at sign or a comma, then a colon}
   */
  private static int qualifierColon(String text, int i) {
    int words = 0;
    for (int j = i; j < text.length() && j < i + 40; j++) {
      char c = text.charAt(j);
      if (c == ':' || c == '\uFF1A') {
        return j;
      }
      if (Character.isDigit(c) || c == '@' || c == '\n' || c == ',') {
        return -1;
      }
      if (Spaces.isSpace(c) && ++words > 4) {
        return -1;
      }
    }
    return -1;
  }

  /** {@return the label (lower case, as listed) that opens the text as a whole word, or null} */
  private static @Nullable String labelAt(String text) {
    if (text.length() < 4) {
      return null;
    }
    if (FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(0))) < 0) {
      return null; // most texts: one look at the first letter
    }
    List<String> candidates = BY_PREFIX.get(key(text));
    if (candidates == null) {
      return null;
    }
    for (String label : candidates) {
      int n = label.length();
      // the last letter first: the candidates share their first three, most differ in their last
      // (a text opened by "Contact" tries a dozen longer labels; spares 0.2 us a search)
      if (n > text.length()
          || !mayEqual(text.charAt(n - 1), label.charAt(n - 1))
          || !text.regionMatches(true, 0, label, 0, n)) {
        continue;
      }
      if (n < text.length() && partOfWord(text, n)) {
        continue; // "Contactless", "Kontaktdaten", "pressestelle@example.org"
      }
      return label;
    }
    return null;
  }

  /**
   * {@return whether a text's character may equal a label's (lower case) as {@code regionMatches}
   * ignoring case compares them}: decided at once for two ASCII characters, else asked of it
   */
  private static boolean mayEqual(char c, char lower) {
    if (c < 128 && lower < 128) {
      return c == lower || (lower >= 'a' && lower <= 'z' && c == lower - ('a' - 'A'));
    }
    return String.valueOf(c).regionMatches(true, 0, String.valueOf(lower), 0, 1);
  }

  private static boolean partOfWord(String text, int i) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c) || c == '@' || c == '_') {
      return true;
    }
    return (c == '.' || c == '-')
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
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
    if (m == null) {
      return false;
    }
    if (m.end >= text.length()) {
      return true;
    }
    // "Media Enquiries (only):": a label with a parenthesised remark and a colon
    String rest = text.substring(m.end).trim();
    return rest.length() < 24
        && rest.startsWith("(")
        && (rest.endsWith("):") || rest.endsWith(")"))
        && rest.indexOf('\n') < 0;
  }

  /**
   * {@return whether a short text introduces the contacts that follow it}: a label standing alone,
   * a label followed by a separator or ending in a colon ({@code For further information:}), or a
   * text that ends like an invitation to contact ({@code For media enquiries please contact:})
   */
  static boolean introduces(String text) {
    return text.length() <= 200 && introduces(text, label(text));
  }

  /**
   * {@return whether a short text introduces the contacts that follow it}, given its {@link #label}
   * (callers that have it spare the label search, about 0.3 us for a text opened by one)
   *
   * @param text the text
   * @param m what {@link #label} gives for the text
   */
  static boolean introduces(String text, @Nullable LabelMatch m) {
    if (text.length() > 200) {
      return false;
    }
    if (isBareLabel(text, m)) {
      return true;
    }
    int end = text.length();
    while (end > 0 && (Spaces.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\n')) {
      end--;
    }
    boolean colon = end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '\uFF1A');
    if (m != null && (m.separator() || colon)) {
      return true;
    }
    while (end > 0
        && (text.charAt(end - 1) == ':'
            || text.charAt(end - 1) == '\uFF1A'
            || Spaces.isSpace(text.charAt(end - 1)))) {
      end--;
    }
    char last = end == 0 ? 0 : Character.toLowerCase(text.charAt(end - 1));
    if (end == 0 || INTRO_LAST.indexOf(last) < 0) {
      return false; // most texts: no ending can be theirs
    }
    for (String ending : INTRO_ENDINGS) {
      int from = end - ending.length();
      if (ending.charAt(ending.length() - 1) == last // one look before the comparison
          && from >= 0
          && text.regionMatches(true, from, ending, 0, ending.length())
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the role a label names (its text as written, such as {@code Investor Relations}), for
   * the description of the contacts under it; or null when the label is a generic one}
   */
  static @Nullable String role(String text) {
    String found = labelAt(text);
    if (found == null || !ROLES.contains(found)) {
      return null;
    }
    return text.substring(0, found.length());
  }

  /**
   * {@return the length of a prefix with its colon that opens one contact among several ({@code
   * Media:}, {@code Investor Relations:}, {@code Press contact:}), or 0}
   */
  static int rolePrefix(String line) {
    int colon = line.indexOf(':');
    if (colon < 3 || colon > 30) {
      return 0;
    }
    String head = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    if (ROLE_PREFIXES.contains(head) || STRONG.contains(head)) {
      return colon + 1;
    }
    return 0;
  }

  /**
   * {@return the role a prefix found by {@link #rolePrefix} names, as written and without its
   * colon, or null when it is a generic label such as {@code Contact:}}
   */
  static @Nullable String prefixRole(String line, int length) {
    String head = line.substring(0, length - 1).strip();
    String lower = head.toLowerCase(Locale.ROOT);
    if (ROLE_PREFIXES.contains(lower) || ROLES.contains(lower)) {
      return head;
    }
    return null;
  }
}
