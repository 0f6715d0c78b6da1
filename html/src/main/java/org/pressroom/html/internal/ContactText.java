package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * Contacts written as text: a paragraph opened by a label such as {@code Press contact:}, or, under
 * a label standing alone, a paragraph that holds an email address or a phone number. Hand-written
 * scanners, no regular expressions.
 */
final class ContactText {
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

  private ContactText() {}

  /**
   * One line of text that may hold contact details: its text, where reading starts (after a label
   * at its start), the addresses of the {@code mailto:} links on it, and whether a blank line or a
   * block boundary comes before it.
   */
  record Line(String text, int from, List<String> mailtos, boolean breakBefore) {
    Line {
      mailtos = List.copyOf(mailtos);
    }

    String body() {
      return text.substring(Math.min(from, text.length())).strip();
    }
  }

  /**
   * A contact read from lines, with the text of its lines.
   *
   * @param contact the contact
   * @param text the lines it was read from, joined by {@code \n}
   */
  record Found(Contact contact, String text) {}

  /** Obfuscated at signs: {@code <AT>}, {@code (at)}, {@code [at]}, {@code -at-}, {@code " @ "}. */
  private static final Pattern OBFUSCATED_AT =
      Pattern.compile(
          "\\s*(?:[<(\\[{]\\s*at\\s*[>)\\]}]|\\s-at-\\s|(?<=\\S)-at-(?=\\S)|\\s@\\s)\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern OBFUSCATED_DOT =
      Pattern.compile(
          "\\s*(?:[<(\\[{]\\s*dot\\s*[>)\\]}]|\\s-dot-\\s|(?<=\\S)-dot-(?=\\S))\\s*",
          Pattern.CASE_INSENSITIVE);

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

  /** Lower-case words that may stand inside the name of a person or an office. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "van", "de", "der", "den", "von", "du", "la", "le", "di", "da", "ter", "ten", "zu", "vom",
          "'t", "d'", "und", "and", "et", "en", "&", "für", "for", "of", "des", "voor", "pour",
          "e.v.", "-", "–", "|");

  /**
   * {@return the contacts in the lines}: the lines split where a role prefix ({@code Media:}) or a
   * new name after complete details opens another contact, or at a break when the contact before it
   * already has details; lines without an email address or a phone number join the contact before
   * them (or after them, at the start). A contact needs an email address or a phone number.
   *
   * @param lines the lines, in order
   * @param role the role the section's label names, for the description, or null
   */
  static List<Found> read(List<Line> lines, @Nullable String role) {
    List<List<Line>> chunks = new ArrayList<>();
    List<@Nullable String> roles = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    String currentRole = role;
    boolean details = false;
    boolean named = false;
    for (Line line : lines) {
      String body = line.body();
      int prefix = ContactLabels.rolePrefix(body);
      boolean split = false;
      Line use = line;
      String newRole = currentRole;
      if (prefix > 0) {
        split = !current.isEmpty();
        int skip = line.text().indexOf(body) + prefix;
        use = new Line(line.text(), skip, line.mailtos(), line.breakBefore());
        String r = ContactLabels.prefixRole(body, prefix);
        newRole = r != null ? r : role;
      } else if (details && line.breakBefore() && !continues(body)) {
        split = true;
      } else if (details && named && nameLike(body)) {
        split = true;
      }
      if (split) {
        chunks.add(current);
        roles.add(currentRole);
        current = new ArrayList<>();
        details = false;
        named = false;
      }
      currentRole = newRole;
      current.add(use);
      String rest = use.body();
      details |= !use.mailtos().isEmpty() || email(rest) != null || phoneStart(rest, 0) >= 0;
      named |=
          nameLike(rest)
              || (!rest.isEmpty()
                  && !sentence(rest)
                  && name(rest, rest.length()).length() > 0
                  && hasDetails(rest));
    }
    if (!current.isEmpty()) {
      chunks.add(current);
      roles.add(currentRole);
    }
    // Chunks without details join a neighbour: the one before them, or the first one after.
    List<List<Line>> merged = new ArrayList<>();
    List<@Nullable String> mergedRoles = new ArrayList<>();
    List<Line> pending = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      List<Line> chunk = chunks.get(i);
      if (!hasDetails(chunk)) {
        if (merged.isEmpty()) {
          pending.addAll(chunk);
        } else {
          merged.get(merged.size() - 1).addAll(chunk);
        }
        continue;
      }
      List<Line> all = new ArrayList<>(pending);
      all.addAll(chunk);
      pending.clear();
      merged.add(all);
      mergedRoles.add(roles.get(i));
    }
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      List<Line> chunk = merged.get(i);
      if (i == merged.size() - 1 && !pending.isEmpty()) {
        chunk.addAll(pending);
      }
      Contact contact = fields(chunk, mergedRoles.get(i));
      if (contact != null) {
        List<String> texts = new ArrayList<>();
        for (Line line : chunk) {
          texts.add(line.text());
        }
        found.add(new Found(contact, String.join("\n", texts)));
      }
    }
    return found;
  }

  /**
   * {@return whether a line continues the contact before it}: only details with a field label
   * ({@code E-mail: ...}, {@code Mobile number: ...}) or a website
   */
  private static boolean continues(String body) {
    if (body.isEmpty()) {
      return true;
    }
    int stop = body.length();
    int phone = phoneStart(body, 0);
    if (phone >= 0) {
      stop = phone;
    }
    int at = emailStart(body);
    if (at >= 0) {
      stop = Math.min(stop, at);
    } else if (email(body) != null) {
      stop = Math.min(stop, firstObfuscation(body));
    } else if (phone < 0) {
      String web = website(body);
      return web != null && body.length() <= web.length() + 12;
    }
    String head = body.substring(0, stop).strip();
    return head.isEmpty() || isFieldLabel(head) || isFieldLabel(head + ":");
  }

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

  private static boolean hasDetails(List<Line> chunk) {
    for (Line line : chunk) {
      String body = line.body();
      if (!line.mailtos().isEmpty() || email(body) != null || phoneStart(body, 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDetails(String s) {
    return email(s) != null || phoneStart(s, 0) >= 0;
  }

  /** The fields of one contact's lines; null without an email address or a phone number. */
  private static @Nullable Contact fields(List<Line> chunk, @Nullable String role) {
    String name = null;
    String company = null;
    String description = null;
    String email = null;
    String telephone = null;
    String mobile = null;
    String website = null;
    List<String> address = new ArrayList<>();
    boolean seenDetails = false; // a name stands before the details, or on their line
    for (Line line : chunk) {
      String body = line.body();
      if (body.isEmpty()) {
        continue;
      }
      String found = email(body);
      if (email == null) {
        email = found != null ? found : line.mailtos().isEmpty() ? null : line.mailtos().get(0);
      }
      int stop = body.length();
      int at = found == null ? -1 : emailStart(deobfuscate(body));
      boolean phoneHere = false;
      for (int p = phoneStart(body, 0); p >= 0; p = phoneStart(body, phoneEnd(body, p))) {
        stop = Math.min(stop, p);
        String label = labelBefore(body, p);
        if (label.contains("fax") || label.strip().equals("f") || label.strip().equals("f:")) {
          continue;
        }
        phoneHere = true;
        String number = body.substring(p, phoneEnd(body, p));
        if (isMobileLabel(label)) {
          mobile = mobile == null ? number : mobile;
        } else {
          telephone = telephone == null ? number : telephone;
        }
      }
      if (at >= 0 && found != null && body.indexOf('@') >= 0) {
        stop = Math.min(stop, emailStart(body));
      } else if (found != null) {
        stop = Math.min(stop, firstObfuscation(body));
      }
      String web = website(body);
      if (website == null && web != null) {
        website = web;
      }
      boolean detailsHere = found != null || phoneHere || !line.mailtos().isEmpty();
      boolean detailsBefore = seenDetails;
      seenDetails |= detailsHere;
      if (!detailsHere && web != null && body.length() <= web.length() + 12) {
        continue; // a website line
      }
      // What stands before the details: a name, then a job title or a company
      String head = body.substring(0, Math.max(0, stop)).strip();
      if (head.isEmpty() || isFieldLabel(head)) {
        continue;
      }
      if (sentence(head)) {
        if (name == null && detailsHere) {
          name = trailingName(head); // "... contact opnemen met Jan Jansen via"
        }
        continue;
      }
      List<String> segments = segments(head);
      int k = 0;
      if (name == null && !segments.isEmpty() && (!detailsBefore || detailsHere)) {
        String first = segments.get(0);
        String candidate = nameLike(first) ? first : detailsHere ? wholeName(first) : "";
        boolean label = first.endsWith(":") || followedByColon(head, first);
        if (!candidate.isEmpty()
            && !label
            && company == null
            && !detailsHere
            && looksLikeCompany(first)) {
          company = first; // "Nordex SE" above the person's name
          k = 1;
        } else if (!candidate.isEmpty() && !label && !ContactLabels.isBareLabel(first)) {
          name = candidate;
          k = 1;
        } else if (!detailsHere
            && !hasDigit(first)
            && segments.size() == 1
            && description == null
            && !label
            && splitSpaces(first, 16).size() <= 6) {
          if (company == null && looksLikeCompany(first)) {
            company = first; // "Stiftung Jugend forscht e. V."
          } else {
            description = first; // a role line: "DFD campagne coördinator"
          }
          k = 1;
        }
      }
      String companyHere = null;
      for (; k < segments.size(); k++) {
        if (segments.get(k).endsWith(":")) {
          continue; // a field's label, such as a country before its number
        }
        String seg = trimDashes(segments.get(k));
        if (seg.isEmpty() || isFieldLabel(seg)) {
          continue;
        }
        char c = seg.charAt(0);
        if (hasDigit(seg)) {
          if (companyHere != null && companyHere.equals(company)) {
            address.add(companyHere); // "Bundeshaus Nord, 3003 Bern": a street before the town
            company = null;
          }
          companyHere = null;
          address.add(seg);
        } else if (!Character.isUpperCase(c)) {
          continue; // "call", "or": words around the details
        } else if (k == 1 && name != null && CREDENTIALS.contains(seg.toLowerCase(Locale.ROOT))) {
          name = name + ", " + seg; // "Eric Van Enk, CFA"
        } else if (isJob(seg) && description == null) {
          description = seg;
        } else if (company == null && nameLike(seg)) {
          company = seg;
          companyHere = seg;
        } else if (description == null) {
          description = seg;
        }
      }
    }
    if (email == null && telephone == null && mobile == null) {
      return null;
    }
    if (description != null && name == null && company == null && !isJob(description)) {
      // a lone line that is not a job title names the office
      name = description;
      description = null;
    }
    if (name == null) {
      name = company != null ? company : role != null ? role : "";
      if (name.equals(company)) {
        company = null;
      }
    }
    if (description == null && role != null && !role.equals(name)) {
      description = role;
    }
    return Contact.builder(name)
        .company(company)
        .description(description)
        .email(email)
        .website(website)
        .address(address.isEmpty() ? null : String.join(", ", address))
        .telephone(telephone)
        .mobile(mobile)
        .build();
  }

  /**
   * {@return the name that ends the text ({@code please contact Jane Doe}), or {@code ""} when the
   * capitalised words stop before its end (a word of a sentence or an organisation, such as {@code
   * North} of {@code North 6th Agency}, is no name)}
   */
  private static String wholeName(String text) {
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

  /** Letters after a name that belong to it. */
  private static final Set<String> CREDENTIALS =
      Set.of("cfa", "cpa", "phd", "ph.d.", "mba", "md", "esq.", "esq", "cfp", "fca", "aca", "msc");

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

  private static boolean followedByColon(String head, String first) {
    int end = head.indexOf(first) + first.length();
    return end < head.length() && head.charAt(end) == ':';
  }

  private static String trimDashes(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && "-–—:|,;".indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && ("-–—:|,;".indexOf(s.charAt(b - 1)) >= 0 || Spaces.isSpace(s.charAt(b - 1)))) {
      b--;
    }
    return s.substring(a, b).strip();
  }

  /** The parts of a line between commas, pipes, bullets and spaced dashes. */
  private static List<String> segments(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      boolean cut =
          i == s.length()
              || s.charAt(i) == ','
              || s.charAt(i) == '|'
              || s.charAt(i) == ';'
              || s.charAt(i) == '\u00B7'
              || s.charAt(i) == '\u2022'
              || ((s.charAt(i) == '\u2013' || s.charAt(i) == '\u2014' || s.charAt(i) == '-')
                  && i > 0
                  && Spaces.isSpace(s.charAt(i - 1)));
      if (cut) {
        String seg = s.substring(start, i).strip();
        if (!seg.isEmpty()) {
          out.add(seg);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** A field label standing alone: {@code Tel:}, {@code E-mail}, {@code P:}. */
  private static boolean isFieldLabel(String s) {
    String lower = s.toLowerCase(Locale.ROOT).strip();
    return FIELD_WORDS.contains(lower)
        || (lower.endsWith(":")
            && FIELD_WORDS.contains(lower.substring(0, lower.length() - 1).strip()))
        || lower.equals("p:")
        || lower.equals("p")
        || lower.equals("w:");
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

  private static String stripPunctuation(String token) {
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
      if (token.isEmpty()) {
        continue;
      }
      String t = token.toLowerCase(Locale.ROOT);
      if (Character.isLowerCase(token.charAt(0))
          && !CONNECTORS.contains(t)
          && !FIELD_WORDS.contains(t)
          && token.indexOf('@') < 0
          && ++lower >= 3) {
        return true;
      }
    }
    return false;
  }

  /** {@return the first email address in the text, plain or obfuscated, or null} */
  static @Nullable String email(String s) {
    int start = emailStart(s);
    if (start >= 0) {
      return s.substring(start, emailEnd(s, start));
    }
    if (!mayBeObfuscated(s)) {
      return null;
    }
    String plain = deobfuscate(s);
    start = emailStart(plain);
    return start < 0 ? null : plain.substring(start, emailEnd(plain, start));
  }

  private static boolean mayBeObfuscated(String s) {
    return s.indexOf('@') >= 0 || containsIgnoreCase(s, "at");
  }

  private static boolean containsIgnoreCase(String s, String part) {
    for (int i = 0; i + part.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@return the text with obfuscated at signs and dots written plainly} */
  static String deobfuscate(String s) {
    String at = OBFUSCATED_AT.matcher(s).replaceAll("@");
    return at.equals(s) ? s : OBFUSCATED_DOT.matcher(at).replaceAll(".");
  }

  private static int firstObfuscation(String s) {
    java.util.regex.Matcher m = OBFUSCATED_AT.matcher(s);
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

  /** {@return the first web address ({@code www.} or {@code http}) in the text, or null} */
  static @Nullable String website(String s) {
    for (String token : splitSpaces(s, 64)) {
      String t = token;
      while (!t.isEmpty() && ",;.)".indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1);
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if ((lower.startsWith("www.") && lower.length() > 6)
          || lower.startsWith("http://")
          || lower.startsWith("https://")) {
        return t;
      }
    }
    return null;
  }

  /** {@return the words before a phone number in its field, lower case} */
  private static String labelBefore(String s, int phoneStart) {
    int from = Math.max(0, phoneStart - 24);
    for (int i = phoneStart - 1; i >= from; i--) {
      char c = s.charAt(i);
      if (c == ',' || c == '\n' || c == ';' || c == '|' || c == '/') {
        from = i + 1;
        break;
      }
    }
    return s.substring(from, phoneStart).toLowerCase(Locale.ROOT);
  }

  private static boolean isMobileLabel(String label) {
    for (String word : MOBILE_LABELS) {
      if (label.contains(word)) {
        return true;
      }
    }
    return label.strip().equals("m") || label.strip().equals("m:") || label.strip().equals("m.");
  }

  /**
   * {@return the contact of a text opened by a label, or null when it is not one or holds neither
   * an email address nor a phone number}
   */
  static @Nullable Contact labelled(String text) {
    ContactLabels.LabelMatch m = ContactLabels.label(text);
    if (m == null || m.end() >= text.length()) {
      return null;
    }
    return first(text, m.end());
  }

  /**
   * {@return the contact of a text under a label standing alone: only when it holds an email
   * address or a phone number}
   */
  static @Nullable Contact unlabelled(String text) {
    return first(text, 0);
  }

  private static @Nullable Contact first(String text, int from) {
    List<Line> lines = lines(text, from, List.of());
    List<Found> found = read(lines, null);
    return found.isEmpty() ? null : found.get(0).contact();
  }

  /**
   * {@return the lines of a block's text}, reading from {@code from} (after a label), the mailto
   * addresses given all on the first line that holds their text or else the first line
   */
  static List<Line> lines(String text, int from, List<String> mailtos) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int skip = from <= start ? 0 : Math.min(from, end) - start;
      out.add(new Line(text.substring(start, end), skip, List.of(), false));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (!mailtos.isEmpty()) {
      for (String mailto : mailtos) {
        int target = 0;
        String local = mailto.indexOf('@') > 0 ? mailto.substring(0, mailto.indexOf('@')) : mailto;
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).text().contains(local)) {
            target = i;
            break;
          }
        }
        Line l = out.get(target);
        List<String> with = new ArrayList<>(l.mailtos());
        with.add(mailto);
        out.set(target, new Line(l.text(), l.from(), with, l.breakBefore()));
      }
    }
    return out;
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
        if (digits >= 8
            && digits <= 16
            && !partOfWord
            && !looksLikeDate(s, i, end)
            && !looksLikeYears(s, i, end)) {
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
   * {@code 2005-2015}, {@code ©2005 2015}: years (two groups of four digits from 1900 to 2099, or a
   * number after a copyright sign), not a phone number.
   */
  private static boolean looksLikeYears(String s, int start, int end) {
    if (start > 0 && s.charAt(start - 1) == '\u00A9') {
      return true;
    }
    String digits = s.substring(start, end).replaceAll("\\D", "");
    if (digits.length() != 8) {
      return false;
    }
    int a = Integer.parseInt(digits.substring(0, 4));
    int b = Integer.parseInt(digits.substring(4));
    return a >= 1900 && a <= 2099 && b >= 1900 && b <= 2099 && b >= a;
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

  static int phoneEnd(String s, int start) {
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
          || plusAfterOpener
          || (c == '\u2013'
              && Character.isDigit(s.charAt(end - 1))
              && end + 1 < s.length()
              && Character.isDigit(s.charAt(end + 1)))) {
        end++;
      } else {
        break;
      }
    }
    while (end > start && !Character.isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != ')') {
      end--;
    }
    return splitTwoNumbers(s, start, end);
  }

  /**
   * {@return the end of the first of two numbers written as one run ({@code +32 2 123 45 67 / +32
   * 475 12 34 56}): at the first slash after eight digits, when the run has more than 16 digits}
   */
  private static int splitTwoNumbers(String s, int start, int end) {
    int digits = 0;
    for (int k = start; k < end; k++) {
      if (Character.isDigit(s.charAt(k))) {
        digits++;
      }
    }
    if (digits <= 16) {
      return end;
    }
    int seen = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (Character.isDigit(c)) {
        seen++;
      } else if (c == '/' && seen >= 8) {
        int cut = k;
        while (cut > start && !Character.isDigit(s.charAt(cut - 1)) && s.charAt(cut - 1) != ')') {
          cut--;
        }
        return cut;
      }
    }
    return end;
  }
}
