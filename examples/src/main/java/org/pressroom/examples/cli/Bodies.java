package org.pressroom.examples.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Heading;
import org.pressroom.html.Role;

/**
 * Everything the tool does with a release's HTML body, in one place: the parser's issues for {@code
 * validate}, the outline, dateline and links for {@code inspect}, the body JSON for {@code inspect
 * --json}, and the renderers for {@code convert}.
 *
 * <p>The parser never throws on bad markup, so an exception from it is a bug: callers catch it and
 * report it on one line, and a release whose JSON is valid stays valid.
 */
final class Bodies {
  private static final BodyParser PARSER = BodyParser.create();

  /** Longest link text shown by {@code inspect}. */
  private static final int MAX_LINK_TEXT = 60;

  private Bodies() {}

  /** What {@code convert --to} can produce. */
  enum Target {
    TEXT,
    MARKDOWN,
    HTML,
    BODY_JSON;

    /** {@return the name used on the command line, such as {@code body-json}} */
    String option() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static @Nullable Target fromOption(String option) {
      for (Target t : values()) {
        if (t.option().equals(option)) {
          return t;
        }
      }
      return null;
    }

    BodyRenderer renderer() {
      return switch (this) {
        case TEXT -> BodyRenderer.text();
        case MARKDOWN -> BodyRenderer.markdown();
        case HTML -> BodyRenderer.html();
        case BODY_JSON -> BodyRenderer.json();
      };
    }
  }

  /**
   * {@return the release's body model, links resolved against the release's URL}
   *
   * @throws RuntimeException only if the parser has a bug
   */
  static Body parse(Release release) {
    return PARSER.parse(release);
  }

  /**
   * {@return the body's issues, each as {@code KIND: MESSAGE} or {@code KIND: MESSAGE (at WHERE)}}
   */
  static List<String> warnings(Body body) {
    List<String> out = new ArrayList<>(body.issues().size());
    for (BodyIssue issue : body.issues()) {
      String where = issue.where().isEmpty() ? "" : " (at " + issue.where() + ")";
      out.add(issue.kind().jsonName() + ": " + issue.message() + where);
    }
    return out;
  }

  /**
   * {@return the lines {@code inspect} prints about the body: size, dateline, the roles of the
   * blocks as runs, outline (headings, each with its role unless it is news), the contacts found in
   * the body (each marked with the release contact it matches, then every field found for it, one a
   * line), links, issues}
   */
  static List<String> outline(Body body, Release release) {
    List<String> lines = new ArrayList<>();
    lines.add("Body:        " + body.blocks().size() + " blocks, " + body.wordCount() + " words");
    Dateline dateline = body.dateline();
    lines.add(
        "Dateline:    "
            + (dateline == null
                ? "(none)"
                : dateline.location()
                    + ", "
                    + (dateline.date() == null ? "no date" : dateline.date())
                    + " ("
                    + dateline.text()
                    + ")"));
    lines.add("Roles:       " + roleRuns(body));
    List<Heading> headings = body.headings();
    if (headings.isEmpty()) {
      lines.add("Outline:     (no headings)");
    } else {
      Map<Block, Role> roles = new IdentityHashMap<>();
      for (int i = 0; i < body.blocks().size(); i++) {
        roles.put(body.blocks().get(i), body.role(i));
      }
      lines.add("Outline:");
      for (Heading h : headings) {
        Role role = roles.get(h);
        lines.add(
            "  h"
                + h.level()
                + " "
                + h.text().replace('\n', ' ')
                + (h.inferred() ? " (inferred)" : "")
                + (role == null || role == Role.BODY ? "" : " [" + role.jsonName() + "]"));
      }
    }
    List<ContactBlock> contacts = body.contacts();
    if (contacts.isEmpty()) {
      lines.add("Body contacts: (none)");
    } else {
      lines.add("Body contacts (" + contacts.size() + "):");
      for (ContactBlock c : contacts) {
        Contact contact = c.contact();
        StringBuilder line = new StringBuilder("  ");
        line.append(String.format(Locale.ROOT, "%-5s", c.origin().jsonName()))
            .append(' ')
            .append(contact.name());
        if (contact.email() != null) {
          line.append(" <").append(contact.email()).append('>');
        }
        line.append("  ").append(match(contact, release.contacts()));
        lines.add(line.toString());
        for (Contact.Field field : Contact.Field.values()) {
          String value = field.of(contact);
          if (field != Contact.Field.NAME && value != null) {
            lines.add(
                String.format(Locale.ROOT, "        %-12s %s", field.jsonName() + ":", value));
          }
        }
      }
    }
    if (body.links().isEmpty()) {
      lines.add("Links:       (none)");
    } else {
      lines.add("Links (" + body.links().size() + "):");
      for (BodyLink link : body.links()) {
        String text = link.text();
        if (text.length() > MAX_LINK_TEXT) {
          text = text.substring(0, MAX_LINK_TEXT) + "...";
        }
        lines.add(
            "  "
                + String.format("%-6s", link.kind().jsonName())
                + " "
                + link.href()
                + (text.isEmpty() || text.equals(link.href()) ? "" : "  \"" + text + "\""));
      }
    }
    List<String> warnings = warnings(body);
    if (!warnings.isEmpty()) {
      lines.add("Issues (" + warnings.size() + "):");
      for (String w : warnings) {
        lines.add("  " + w);
      }
    }
    return lines;
  }

  /**
   * {@return the roles of the top-level blocks as runs in document order}, such as {@code lead 1,
   * body 12, boilerplate 3}, or {@code (no blocks)}
   */
  static String roleRuns(Body body) {
    StringBuilder sb = new StringBuilder();
    Role run = null;
    int count = 0;
    for (Role role : body.roles()) {
      if (role != run && run != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(run.jsonName()).append(' ').append(count);
        count = 0;
      }
      run = role;
      count++;
    }
    if (run != null) {
      sb.append(sb.length() == 0 ? "" : ", ").append(run.jsonName()).append(' ').append(count);
    }
    return sb.length() == 0 ? "(no blocks)" : sb.toString();
  }

  /**
   * {@return how a contact found in the body relates to the release's contacts}: equal to one of
   * them, the same person by name or email with other fields differing, or none of them
   */
  static String match(Contact found, List<Contact> releaseContacts) {
    for (int i = 0; i < releaseContacts.size(); i++) {
      if (releaseContacts.get(i).equals(found)) {
        return "= release contact " + (i + 1);
      }
    }
    for (int i = 0; i < releaseContacts.size(); i++) {
      Contact c = releaseContacts.get(i);
      boolean sameName = normalise(c.name()).equals(normalise(found.name()));
      boolean sameEmail =
          c.email() != null && found.email() != null && c.email().equalsIgnoreCase(found.email());
      if (sameName || sameEmail) {
        return "~ release contact "
            + (i + 1)
            + " (same "
            + (sameName ? "name" : "email")
            + ", other fields differ)";
      }
    }
    return "(not a release contact)";
  }

  private static String normalise(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** {@return the body rendered as the target} */
  static String convert(Body body, Target target) {
    return target.renderer().render(body);
  }
}
