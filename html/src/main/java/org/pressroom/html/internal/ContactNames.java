package org.pressroom.html.internal;

import static org.pressroom.html.internal.ContactWords.FIELD_WORDS;
import static org.pressroom.html.internal.ContactWords.hasDigit;
import static org.pressroom.html.internal.ContactWords.isFieldLabel;
import static org.pressroom.html.internal.ContactWords.splitSpaces;
import static org.pressroom.html.internal.ContactWords.stripPunctuation;
import static org.pressroom.html.internal.ContactWords.union;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names in contact text: the name that opens a line ({@code Jane Doe, Press Officer}) or ends a
 * sentence ({@code ... please contact Jane Doe on}), whether a text reads as a name, a company, a
 * job title or a sentence.
 */
final class ContactNames {
  /** Lower-case words that may stand inside a name. */
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "de", "der", "den", "von", "du", "la", "le", "di", "da", "ter", "ten", "zu", "vom",
          "'t", "d'");

  /** Lower-case words that may stand inside the name of a person or an office. */
  private static final Set<String> CONNECTORS =
      union(
          PARTICLES, "und", "and", "et", "en", "&", "für", "for", "of", "des", "voor", "pour",
          "e.v.", "-", "–", "|");

  /** Words between a name and its details in a sentence: {@code via}, {@code at}, {@code on}. */
  private static final Set<String> LINKING_WORDS =
      Set.of(
          "via",
          "at",
          "on",
          "by",
          "under",
          "unter",
          "op",
          "au",
          "per",
          "or",
          "of",
          "tel",
          "tel.",
          "phone",
          "telefon",
          "telefoon",
          "téléphone",
          "email",
          "e-mail",
          "mail",
          "call",
          "bellen",
          "anrufen",
          "(",
          "at:",
          "on:");

  /** Words in a job title or a role: a line holding one is a description, not a company. */
  private static final Set<String> JOB_WORDS =
      Set.of(
          "director",
          "manager",
          "officer",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "head",
          "chief",
          "ceo",
          "cfo",
          "coo",
          "cto",
          "cmo",
          "vp",
          "president",
          "coordinator",
          "coördinator",
          "coordinatrice",
          "assistant",
          "advisor",
          "adviser",
          "consultant",
          "specialist",
          "lead",
          "founder",
          "editor",
          "communications",
          "communication",
          "relations",
          "press",
          "media",
          "pr",
          "marketing",
          "secretary",
          "sprecher",
          "sprecherin",
          "pressesprecher",
          "pressesprecherin",
          "leiter",
          "leiterin",
          "referent",
          "referentin",
          "woordvoerder",
          "woordvoerster",
          "directeur",
          "directrice",
          "responsable",
          "chargé",
          "chargée",
          "attaché",
          "attachée",
          "porte-parole",
          "persvoorlichter",
          "voorlichter",
          "hoofd",
          "medewerker",
          "kommunikation",
          "presse",
          "pers",
          "investor",
          "affairs");

  /** Endings of the names of companies and organisations. */
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "inc",
          "inc.",
          "ltd",
          "ltd.",
          "llc",
          "plc",
          "corp",
          "corp.",
          "corporation",
          "gmbh",
          "ggmbh",
          "ag",
          "se",
          "kg",
          "e.v.",
          "v.",
          "n.v.",
          "nv",
          "b.v.",
          "bv",
          "s.a.",
          "sa",
          "sas",
          "s.a.s.",
          "sarl",
          "asbl",
          "vzw",
          "group",
          "agency",
          "ug",
          "co.",
          "company");

  /** Words that make a name an organisation's. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "stiftung",
          "verband",
          "bundesamt",
          "ministerium",
          "foundation",
          "association",
          "university",
          "universität",
          "université",
          "universiteit",
          "ministry",
          "ministère",
          "agentur",
          "agency",
          "agence",
          "agentschap",
          "institute",
          "institut",
          "council",
          "committee",
          "kommission",
          "commission",
          "department",
          "departement",
          "gemeente",
          "stadt",
          "ville",
          "verbraucherzentrale");

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

  /**
   * {@return the name that ends the text ({@code please contact Jane Doe}), or {@code ""} when the
   * capitalised words stop before its end (a word of a sentence or an organisation, such as {@code
   * North} of {@code North 6th Agency}, is no name)}
   */
  static String wholeName(String text) {
    String name = name(text, text.length());
    String rest = text.strip();
    while (!rest.isEmpty() && ":,-\u2013".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    List<String> tokens = splitSpaces(rest, 32);
    while (!tokens.isEmpty() && isFieldLabel(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    return !name.isEmpty() && String.join(" ", tokens).endsWith(name) ? name : "";
  }

  /**
   * {@return the capitalised words (two to four) that end a sentence before contact details ({@code
   * ... please contact Jane Doe on}), or null}
   */
  static @Nullable String trailingName(String head) {
    List<String> tokens = splitSpaces(head.strip(), 64);
    int end = tokens.size();
    while (end > 0 && LINKING_WORDS.contains(tokens.get(end - 1).toLowerCase(Locale.ROOT))) {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 4) {
      String t = tokens.get(start - 1);
      String lower = t.toLowerCase(Locale.ROOT);
      boolean capital = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
      boolean particle = PARTICLES.contains(lower) && start < end;
      if (!(capital || particle) || hasDigit(t) || t.endsWith(":") || t.endsWith(".")) {
        break;
      }
      start--;
    }
    while (start < end && PARTICLES.contains(tokens.get(start).toLowerCase(Locale.ROOT))) {
      start++;
    }
    if (end - start < 2) {
      return null;
    }
    String name = String.join(" ", tokens.subList(start, end));
    while (name.endsWith(",")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /**
   * {@return whether the text reads as the name of a person or an office}: one to six words, each
   * capitalised or a connector ({@code van}, {@code und}), an initial or an abbreviation; no digit,
   * no at sign, no field label, not a contact label
   */
  static boolean nameLike(String s) {
    if (s.isEmpty() || s.length() > 60 || s.indexOf('@') >= 0 || hasDigit(s)) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ':' || last == '!' || last == '?') {
      return false;
    }
    List<String> tokens = splitSpaces(s.strip(), 16);
    if (tokens.size() > 6) {
      return false;
    }
    int capitals = 0;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      String lower = token.toLowerCase(Locale.ROOT);
      if (FIELD_WORDS.contains(lower) || lower.startsWith("www.") || lower.startsWith("http")) {
        return false;
      }
      if (CONNECTORS.contains(lower)) {
        continue;
      }
      char c = token.charAt(0);
      if (Character.isUpperCase(c)
          || (c == '(' && token.length() > 1 && Character.isUpperCase(token.charAt(1)))) {
        capitals++;
      } else {
        return false;
      }
    }
    return capitals > 0 && !ContactLabels.isBareLabel(s) && ContactLabels.label(s) == null;
  }

  /**
   * {@return whether the text reads as a sentence}: three or more lower-case words that are not
   * connectors or field labels, or a question or exclamation
   */
  static boolean sentence(String s) {
    int lower = 0;
    for (String token : splitSpaces(s.strip(), 64)) {
      if (token.isEmpty() || !Character.isLowerCase(token.charAt(0))) {
        continue; // a capital, a digit or a sign: no lower-case copy to look up
      }
      String t = token.toLowerCase(Locale.ROOT);
      if (!CONNECTORS.contains(t)
          && !FIELD_WORDS.contains(t)
          && token.indexOf('@') < 0
          && ++lower >= 3) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether a text holds a word of a job title} */
  static boolean isJob(String s) {
    for (String token : splitSpaces(s.toLowerCase(Locale.ROOT), 16)) {
      String word = stripPunctuation(token);
      if (JOB_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether a name is a company's or an organisation's rather than a person's} */
  static boolean looksLikeCompany(String name) {
    List<String> tokens = splitSpaces(name.strip().toLowerCase(Locale.ROOT), 16);
    if (tokens.isEmpty()) {
      return false;
    }
    if (COMPANY_SUFFIXES.contains(tokens.get(tokens.size() - 1)) || name.indexOf('&') >= 0) {
      return true;
    }
    for (String token : tokens) {
      if (ORGANISATION_WORDS.contains(stripPunctuation(token))) {
        return true;
      }
    }
    return tokens.size() == 1 && name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
  }

  private ContactNames() {}
}
