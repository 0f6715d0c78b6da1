package org.pressroom.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;

/**
 * {@code pressroom inspect [--json] [FILE|-]}: a summary a person can read, or with {@code --json}
 * the object {@code {"release": RELEASE JSON, "body": BODY JSON}}. Without FILE, piped standard
 * input, or with nothing piped the sample release bundled with the tool.
 */
final class InspectCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "inspect",
          "[FILE|-]",
          "Summarise a release: title, dates, URL, culture, author, images, contacts, then the"
              + " body's dateline, outline and links.",
          List.of(
              CommandSpec.Option.flag(
                  "--json",
                  null,
                  "print {\"release\": RELEASE JSON, \"body\": BODY JSON} instead of the"
                      + " summary")),
          Command.notes(
              Command.FILE_NOTE
                  + " With no FILE and nothing piped, the sample release bundled with the tool."));

  static final Command COMMAND = new Command(SPEC, InspectCommand::run);

  /** The sample release bundled with the tool, shown when no FILE is given. */
  static final String SAMPLE = "/org/pressroom/examples/sample.release.json";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final String INDENT = "    ";

  private InspectCommand() {}

  static int run(Args args, Context ctx) throws UsageException, ExitException {
    String operand = args.optionalFile();
    String file = operand == null && ctx.inPiped() ? Loader.STDIN : operand;
    Release release = file == null ? sample(ctx) : ctx.load(file);
    String label = file == null ? "(bundled sample)" : file;
    Body body = null;
    String bodyProblem = null;
    try {
      body = Bodies.parse(release);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      bodyProblem = "body not parsed: " + Diagnostics.internalError(e);
    }
    if (args.has("--json")) {
      if (bodyProblem != null) {
        ctx.err().line(Diagnostics.warning(label, bodyProblem));
      }
      return json(ctx, release, body, label);
    } else {
      List<String> bodyLines =
          body != null ? Bodies.outline(body, release) : List.of("Body:        " + bodyProblem);
      for (String line : summary(release, bodyLines)) {
        ctx.out().line(line);
      }
    }
    return PressroomTool.OK;
  }

  private static Release sample(Context ctx) throws ExitException {
    Loader bundled =
        (operand, stdin) -> {
          try (InputStream in = InspectCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
              throw new IOException("the bundled sample is missing from this build");
            }
            return ctx.loader().load(Loader.STDIN, in);
          }
        };
    return new Context(ctx.in(), false, ctx.out(), ctx.err(), bundled, ctx.writer())
        .load("(bundled sample)");
  }

  /**
   * Prints {@code {"release": ..., "body": ...}}, laid out like the canonical JSON: the release's
   * canonical JSON and the body JSON each indented one level, {@code "body"} only when there is a
   * body model. Both are streamed (JSON escapes every newline inside strings, so each raw newline
   * is layout and can take an indent).
   */
  private static int json(Context ctx, Release release, @Nullable Body body, String label) {
    Writer out = ctx.out().indenting(INDENT);
    try {
      out.write("{\n\"release\": ");
      ctx.writer().write(release, out);
      if (body != null) {
        out.write(",\n\"body\": ");
        BodyRenderer.json().render(body, out);
      }
      out.flush();
      ctx.out().line("\n}");
      return PressroomTool.OK;
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      ctx.out().flush();
      ctx.err()
          .line(Diagnostics.warning(label, "JSON not written: " + Diagnostics.internalError(e)));
      return PressroomTool.INVALID;
    }
  }

  static List<String> summary(Release release, List<String> bodyLines) {
    List<String> lines = new ArrayList<>();
    field(lines, "Title", release.title());
    field(lines, "Subtitle", release.subtitle() == null ? "(none)" : release.subtitle());
    field(lines, "Modified", TIMESTAMP.format(release.modifiedAt()));
    LocalDateTime published = release.publishedAt();
    field(lines, "Published", published == null ? "(not published)" : TIMESTAMP.format(published));
    field(lines, "URL", release.url().toString());
    field(
        lines,
        "Short URL",
        release.shortUrl() == null ? "(none)" : String.valueOf(release.shortUrl()));
    field(lines, "Slug", release.slug());
    field(lines, "Culture", release.culture().code());
    field(lines, "Language", release.language());
    Author author = release.author();
    field(
        lines,
        "Author",
        author == null ? "(none)" : (author.firstName() + " " + author.lastName()).strip());
    field(
        lines,
        "Main visual",
        release.mainVisual() == null ? "(none)" : release.mainVisual().original().toString());
    field(
        lines, "Header", release.header() == null ? "(none)" : release.header().large().toString());
    field(lines, "HTML", release.body().length() + " characters");
    if (!release.unknownKeys().isEmpty()) {
      field(lines, "Other keys", String.join(", ", release.unknownKeys().keySet()));
    }
    lines.add("");
    List<Contact> contacts = release.contacts();
    if (contacts.isEmpty()) {
      lines.add("Contacts: none");
    } else {
      lines.add("Contacts (" + contacts.size() + "):");
      for (Contact c : contacts) {
        lines.add("  " + Diagnostics.escapeControls(c.name()));
        for (Contact.Field f : CONTACT_FIELDS) {
          String key = f.jsonName();
          contactField(lines, Character.toUpperCase(key.charAt(0)) + key.substring(1), f.of(c));
        }
        for (Map.Entry<String, String> e : c.unknownKeys().entrySet()) {
          contactField(lines, e.getKey(), e.getValue());
        }
      }
    }
    lines.add("");
    lines.addAll(bodyLines);
    return lines;
  }

  /**
   * The fields listed under a contact's name, each labelled with its JSON key capitalised: company
   * and role, then the ways to reach the person.
   */
  private static final List<Contact.Field> CONTACT_FIELDS =
      List.of(
          Contact.Field.COMPANY,
          Contact.Field.DESCRIPTION,
          Contact.Field.EMAIL,
          Contact.Field.TELEPHONE,
          Contact.Field.MOBILE,
          Contact.Field.WEBSITE,
          Contact.Field.ADDRESS,
          Contact.Field.TWITTER,
          Contact.Field.FACEBOOK);

  private static void field(List<String> lines, String label, String value) {
    lines.add(pad(label + ":", 13) + Diagnostics.escapeControls(Objects.requireNonNull(value)));
  }

  private static void contactField(List<String> lines, String label, @Nullable String value) {
    if (value != null) {
      lines.add("    " + pad(label + ":", 13) + Diagnostics.escapeControls(value));
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
