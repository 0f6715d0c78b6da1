package org.pressroom.html.internal;

import static org.pressroom.html.internal.ContactWords.hasDigit;
import static org.pressroom.html.internal.ContactWords.isFieldLabel;
import static org.pressroom.html.internal.ContactWords.splitSpaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * The fields of one contact read from its lines ({@link ContactText} finds where each contact's
 * lines start and end). On each line the details come first: email addresses ({@link
 * EmailAddresses}), phone numbers ({@link PhoneNumbers}) by the label before them (mobile, fax), a
 * website. What stands before the details is cut at commas, pipes and dashes: a name ({@link
 * ContactNames}), then a job title, a company or an address (a part with a digit).
 */
final class ContactFields {
  /** Words in the label of a mobile number. */
  private static final List<String> MOBILE_LABELS =
      List.of("mobile", "mobil", "mob", "gsm", "portable", "cell", "handy", "mobiel");

  /** Letters after a name that belong to it. */
  private static final Set<String> CREDENTIALS =
      Set.of("cfa", "cpa", "phd", "ph.d.", "mba", "md", "esq.", "esq", "cfp", "fca", "aca", "msc");

  /** The fields of one contact's lines; null without an email address or a phone number. */
  static @Nullable Contact read(List<ContactText.Line> chunk, @Nullable String role) {
    String name = null;
    String company = null;
    String description = null;
    ContactDetails details = new ContactDetails();
    List<String> address = new ArrayList<>();
    boolean seenDetails = false; // a name stands before the details, or on their line
    for (ContactText.Line line : chunk) {
      String body = line.body();
      if (body.isEmpty()) {
        continue;
      }
      String found = EmailAddresses.find(body);
      details.email(
          found != null ? found : line.mailtos().isEmpty() ? null : line.mailtos().get(0));
      int stop = body.length();
      int at = found == null ? -1 : EmailAddresses.start(EmailAddresses.deobfuscate(body));
      boolean phoneHere = false;
      for (int p = PhoneNumbers.start(body, 0);
          p >= 0;
          p = PhoneNumbers.start(body, PhoneNumbers.end(body, p))) {
        stop = Math.min(stop, p);
        String label = labelBefore(body, p);
        if (label.contains("fax") || label.strip().equals("f") || label.strip().equals("f:")) {
          continue;
        }
        phoneHere = true;
        String number = body.substring(p, PhoneNumbers.end(body, p));
        details.phone(number, isMobileLabel(label));
      }
      if (at >= 0 && found != null && body.indexOf('@') >= 0) {
        stop = Math.min(stop, EmailAddresses.start(body));
      } else if (found != null) {
        stop = Math.min(stop, EmailAddresses.obfuscatedStart(body));
      }
      String web = website(body);
      details.website(web);
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
      if (ContactNames.sentence(head)) {
        if (name == null && detailsHere) {
          name = ContactNames.trailingName(head); // "... contact opnemen met Jan Jansen via"
        }
        continue;
      }
      List<String> segments = segments(head);
      int k = 0;
      if (name == null && !segments.isEmpty() && (!detailsBefore || detailsHere)) {
        String first = segments.get(0);
        String remark = remark(first);
        if (remark != null) {
          // "Jan Jansen (woordvoerder)": the name, and a job title in brackets after it
          first = first.substring(0, first.length() - remark.length() - 2).strip();
          if (description == null && ContactNames.isJob(remark)) {
            description = remark;
          }
        }
        String candidate =
            ContactNames.nameLike(first) ? first : detailsHere ? ContactNames.wholeName(first) : "";
        boolean label = first.endsWith(":") || followedByColon(head, first);
        if (!candidate.isEmpty()
            && !label
            && company == null
            && !detailsHere
            && ContactNames.looksLikeCompany(first)) {
          company = first; // "Nordex SE" above the person's name
          k = 1;
        } else if (!candidate.isEmpty() && !label && !ContactLabels.isBareLabel(first)) {
          if (!detailsHere && candidate.indexOf(' ') < 0 && description == null) {
            description = candidate; // one word on a line of its own: a department, not a person
          } else {
            name = candidate;
          }
          k = 1;
        } else if (!detailsHere
            && !hasDigit(first)
            && segments.size() == 1
            && description == null
            && !label
            && splitSpaces(first, 16).size() <= 6) {
          if (company == null && ContactNames.looksLikeCompany(first)) {
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
          // "call", "or": words around the details, no field
        } else if (k == 1 && name != null && CREDENTIALS.contains(seg.toLowerCase(Locale.ROOT))) {
          name = name + ", " + seg; // "Eric Van Enk, CFA"
        } else if (ContactNames.isJob(seg) && description == null) {
          description = seg;
        } else if (name == null
            && k > 0
            && ContactNames.nameLike(seg)
            && seg.indexOf(' ') > 0
            && !ContactNames.looksLikeCompany(seg)) {
          name = seg; // "Agence XYZ – Jeanne Dupont": the agency, then the person
        } else if (company == null && ContactNames.nameLike(seg)) {
          company = seg;
          companyHere = seg;
        } else if (description == null) {
          description = seg;
        }
      }
    }
    if (!details.reachable()) {
      return null;
    }
    if (description != null
        && name == null
        && company == null
        && !ContactNames.isJob(description)) {
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
    return details
        .contact(name)
        .company(company)
        .description(description)
        .address(address.isEmpty() ? null : String.join(", ", address))
        .build();
  }

  /**
   * {@return the remark in brackets that ends a part after some words ({@code woordvoerder} of
   * {@code Jan Jansen (woordvoerder)}), or null}
   */
  private static @Nullable String remark(String part) {
    int open = part.lastIndexOf('(');
    if (open < 2
        || part.charAt(part.length() - 1) != ')'
        || part.length() - open > 42
        || part.indexOf(')') < open) {
      return null;
    }
    String inside = part.substring(open + 1, part.length() - 1);
    return inside.isBlank() || hasDigit(inside) ? null : inside;
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

  /**
   * The parts of a line between commas, pipes, bullets and spaced dashes; in a line that uses pipes
   * or bullets, only between those, since a part may then hold a comma ({@code Jane Doe | Senior
   * Manager, Communications | Acme Inc.}).
   */
  private static List<String> segments(String s) {
    List<String> out = new ArrayList<>();
    boolean pipes = s.indexOf('|') >= 0 || s.indexOf('\u2022') >= 0 || s.indexOf('\u00B7') >= 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      boolean cut =
          i == s.length()
              || (s.charAt(i) == ',' && !pipes)
              || s.charAt(i) == '|'
              || (s.charAt(i) == ';' && !pipes)
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

  /** {@return the first web address ({@code www.} or {@code http}) in the text, or null} */
  static @Nullable String website(String s) {
    if (s.indexOf("://") < 0 && !holdsWww(s)) {
      return null; // most lines: no token can start either way, and none is split off
    }
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

  /** {@return whether the text holds {@code www.} in any case} */
  private static boolean holdsWww(String s) {
    for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
      if ((s.charAt(dot - 1) | 0x20) == 'w'
          && (s.charAt(dot - 2) | 0x20) == 'w'
          && (s.charAt(dot - 3) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
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

  private ContactFields() {}
}
