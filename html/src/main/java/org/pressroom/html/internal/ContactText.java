package org.pressroom.html.internal;

import static org.pressroom.html.internal.ContactWords.isFieldLabel;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * Contacts written as text: a paragraph opened by a label such as {@code Press contact:}, or, under
 * a label standing alone, a paragraph that holds an email address or a phone number. Hand-written
 * scanners, no regular expressions but for obfuscated email addresses.
 *
 * <p>A block's text becomes {@link Line}s ({@link #lines}); {@link #read} splits the lines into one
 * contact's lines each and hands them to {@link ContactFields}, which reads the fields with {@link
 * EmailAddresses}, {@link PhoneNumbers} and {@link ContactNames}. The words they share (field
 * labels such as {@code Tel:}) are in {@link ContactWords}; the labels that open a contact section
 * in {@link ContactLabels}.
 */
final class ContactText {
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
    boolean email = false; // the contact so far has an email address
    for (int k = 0; k < lines.size(); k++) {
      Line line = lines.get(k);
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
      } else if (details && named && ContactNames.nameLike(body)) {
        split = true;
      } else if (email && opensWithNameAndEmail(body)) {
        split = true; // one contact per line: "Jane Doe, +44 ..., jane@...", then "Hans Meier, ..."
      }
      if (split) {
        chunks.add(current);
        roles.add(currentRole);
        current = new ArrayList<>();
        details = false;
        named = false;
        email = false;
      }
      currentRole = newRole;
      current.add(use);
      if (k + 1 == lines.size()) {
        break; // what this line holds decides only where the next lines split (spares 1 us of
        // the 3 that the one line of the sample's text contact takes)
      }
      String rest = use.body();
      details |= !use.mailtos().isEmpty() || hasDetails(rest);
      email |= !use.mailtos().isEmpty() || EmailAddresses.find(rest) != null;
      named |=
          ContactNames.nameLike(rest)
              || (!rest.isEmpty()
                  && !ContactNames.sentence(rest)
                  && ContactNames.name(rest, rest.length()).length() > 0
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
      Contact contact = ContactFields.read(chunk, mergedRoles.get(i));
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
    int phone = PhoneNumbers.start(body, 0);
    if (phone >= 0) {
      stop = phone;
    }
    int at = EmailAddresses.start(body);
    if (at >= 0) {
      stop = Math.min(stop, at);
    } else if (EmailAddresses.find(body) != null) {
      stop = Math.min(stop, EmailAddresses.obfuscatedStart(body));
    } else if (phone < 0) {
      String web = ContactFields.website(body);
      return web != null && body.length() <= web.length() + 12;
    }
    String head = body.substring(0, stop).strip();
    return head.isEmpty() || isFieldLabel(head) || isFieldLabel(head + ":");
  }

  /**
   * {@return whether a line opens with a name and holds an email address}: a contact of its own
   * after one that has an email address already, since no contact has two
   */
  private static boolean opensWithNameAndEmail(String body) {
    int at = EmailAddresses.start(body);
    if (at <= 0) {
      return false;
    }
    int phone = PhoneNumbers.start(body, 0);
    String head = body.substring(0, phone >= 0 && phone < at ? phone : at).strip();
    if (head.isEmpty() || ContactNames.sentence(head) || isFieldLabel(head)) {
      return false;
    }
    String name = ContactNames.name(head, head.length());
    return !name.isEmpty() && head.startsWith(name);
  }

  private static boolean hasDetails(List<Line> chunk) {
    for (Line line : chunk) {
      if (!line.mailtos().isEmpty() || hasDetails(line.body())) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether the text holds an email address or a phone number} */
  private static boolean hasDetails(String s) {
    return EmailAddresses.find(s) != null || PhoneNumbers.start(s, 0) >= 0;
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
      String line = text.substring(start, end);
      int semicolon = line.indexOf(';', skip);
      if (semicolon > 0 && line.indexOf('@') != line.lastIndexOf('@')) {
        // "Jane Doe, jane@example.com; John Roe, john@example.com": a contact each side
        int part = 0;
        for (int cut = semicolon; cut >= 0; cut = line.indexOf(';', part)) {
          out.add(
              new Line(line.substring(part, cut + 1), Math.max(0, skip - part), List.of(), false));
          part = Dates.skipSpaces(line, cut + 1);
        }
        if (part < line.length()) {
          out.add(new Line(line.substring(part), Math.max(0, skip - part), List.of(), false));
        }
      } else {
        out.add(new Line(line, skip, List.of(), false));
      }
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
}
