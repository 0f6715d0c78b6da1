package org.pressroom.examples.cli;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.export.ExportFormat;
import org.pressroom.export.ExportOptions;
import org.pressroom.export.ReleaseExporter;
import org.pressroom.html.Body;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.json.ReadException;

/**
 * {@code pressroom convert [--from release|body-json] --to
 * text|markdown|html|body-json|ninjs|jsonld|prezly [--zone ZONE] [FILE|-]}: a release's body in
 * another form, or the release itself as ninjs, JSON-LD or a Prezly document, on standard output
 * exactly as written. {@code --from body-json} reads body JSON instead of a release (for the body
 * forms only). {@code --zone} is the zone of the release's timestamps (UTC by default). {@code
 * --main} keeps only the lead and body blocks of the body, in every form. Without FILE, piped
 * standard input is read.
 */
final class ConvertCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "convert",
          "[FILE|-]",
          "Print the body of a release in another form (plain text, Markdown, clean HTML or the"
              + " body JSON), or the release itself as ninjs, schema.org JSON-LD or a Prezly"
              + " document.",
          List.of(
              CommandSpec.Option.value(
                  "--from",
                  "SOURCE",
                  false,
                  "what FILE holds: release (the default) or body-json, a body in the body JSON"
                      + " (for the body forms only)"),
              CommandSpec.Option.value(
                  "--to",
                  "FORM",
                  true,
                  "the form to print: text, markdown, html or body-json (the body); ninjs, jsonld"
                      + " or prezly (the release)"),
              CommandSpec.Option.flag(
                  "--main",
                  null,
                  "only the lead and body blocks: the news without title, notices, boilerplate,"
                      + " contacts, notes, disclaimers and end matter (every form)"),
              CommandSpec.Option.value(
                  "--zone",
                  "ZONE",
                  false,
                  "the zone of the release's timestamps for ninjs, jsonld and prezly, such as"
                      + " Europe/Brussels or +02:00 (default UTC)")),
          Command.notes(Command.FILE_NOTE));

  static final Command COMMAND = new Command(SPEC, ConvertCommand::run);

  /** The forms of the export module, by their name on the command line. */
  private enum Export {
    NINJS(ExportFormat.NINJS),
    JSONLD(ExportFormat.JSON_LD),
    PREZLY(ExportFormat.PREZLY);

    final ExportFormat format;

    Export(ExportFormat format) {
      this.format = format;
    }

    static @Nullable Export fromOption(String option) {
      for (Export e : values()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(option)) {
          return e;
        }
      }
      return null;
    }
  }

  private ConvertCommand() {}

  static int run(Args args, Context ctx) throws UsageException, ExitException {
    String to = args.value("--to");
    if (to == null) {
      throw new UsageException(
          "convert needs --to text|markdown|html|body-json|ninjs|jsonld|prezly");
    }
    Bodies.Target target = Bodies.Target.fromOption(to);
    Export export = Export.fromOption(to);
    if (target == null && export == null) {
      throw new UsageException(
          "unknown --to value: "
              + Diagnostics.oneLine(to)
              + " (expected text, markdown, html, body-json, ninjs, jsonld or prezly)");
    }
    String from = args.value("--from");
    boolean fromBody = "body-json".equals(from);
    if (from != null && !fromBody && !from.equals("release")) {
      throw new UsageException(
          "unknown --from value: "
              + Diagnostics.oneLine(from)
              + " (expected release or body-json)");
    }
    if (fromBody && export != null) {
      throw new UsageException(
          "--to " + to + " needs a release: it cannot convert --from body-json");
    }
    ExportOptions options = ExportOptions.defaults();
    String zone = args.value("--zone");
    if (zone != null) {
      try {
        options = options.withZone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new UsageException(
            "unknown --zone value: "
                + Diagnostics.oneLine(zone)
                + " (expected a zone such as UTC, Europe/Brussels or +02:00)");
      }
    }
    String file = ctx.fileOrPipedInput(args.optionalFile(), SPEC.name());
    Body given = fromBody ? loadBody(file, ctx) : null;
    Release release = given == null ? ctx.load(file) : null;
    String result;
    try {
      Body body = given != null || release == null ? given : Bodies.parse(release);
      if (body != null && args.has("--main")) {
        body = body.main(); // the lead and body blocks only
      }
      if (export != null && release != null && body != null) {
        result = ReleaseExporter.create(options).write(export.format, release, body);
      } else if (target != null && body != null) {
        result = Bodies.convert(body, target);
      } else {
        throw new IllegalStateException("no body to convert");
      }
    } catch (UnsupportedOperationException e) {
      // What the body model's unfinished parts throw: say so plainly rather than as an internal
      // error.
      ctx.err()
          .line("pressroom convert: not available yet: this build cannot render bodies as " + to);
      return PressroomTool.USAGE_OR_IO;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      ctx.err().line(Diagnostics.internalError(file, e));
      return PressroomTool.INVALID;
    }
    ctx.out().print(result);
    return PressroomTool.OK;
  }

  /**
   * Reads body JSON from a file or standard input, reporting a problem as {@code validate} does.
   */
  private static Body loadBody(String file, Context ctx) throws ExitException {
    try {
      if (file.equals(Loader.STDIN)) {
        return BodyJsonReader.strict().read(ctx.in());
      }
      return BodyJsonReader.strict().read(Loader.existingFile(file));
    } catch (ReadException e) {
      ctx.err().line(Diagnostics.readError(file, e));
      throw new ExitException(PressroomTool.INVALID);
    } catch (IOException e) {
      ctx.err().line(Diagnostics.unreadable(file, e));
      throw new ExitException(PressroomTool.USAGE_OR_IO);
    }
  }
}
