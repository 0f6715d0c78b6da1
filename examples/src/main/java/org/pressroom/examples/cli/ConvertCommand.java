package org.pressroom.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * forms only). {@code --zone} is the zone of the release's timestamps (UTC by default). Without
 * FILE, standard input is read.
 */
final class ConvertCommand {
  static final String USAGE =
      "usage: pressroom convert [--from release|body-json]"
          + " --to text|markdown|html|body-json|ninjs|jsonld|prezly [--zone ZONE] [FILE|-]";

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

  static int run(List<String> arguments, Context ctx) throws UsageException, ExitException {
    Args args = Args.parse(arguments, Set.of(), Set.of("--to", "--from", "--zone"));
    if (args.has("--help")) {
      ctx.out().line(USAGE);
      return PressroomTool.OK;
    }
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
    String operand = args.optionalFile();
    String file = operand == null ? Loader.STDIN : operand;
    Body given = fromBody ? loadBody(file, ctx) : null;
    Release release = given == null ? ctx.load(file) : null;
    String result;
    try {
      Body body = given != null || release == null ? given : Bodies.parse(release);
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
      Path path;
      try {
        path = Path.of(file);
      } catch (InvalidPathException e) {
        throw new IOException("not a valid path", e);
      }
      if (Files.isDirectory(path)) {
        throw new IOException("is a directory");
      }
      if (!Files.exists(path)) {
        throw new NoSuchFileException(file);
      }
      return BodyJsonReader.strict().read(path);
    } catch (ReadException e) {
      ctx.err().line(Diagnostics.readError(file, e));
      throw new ExitException(PressroomTool.INVALID);
    } catch (IOException e) {
      ctx.err().line(Diagnostics.unreadable(file, e));
      throw new ExitException(PressroomTool.USAGE_OR_IO);
    }
  }
}
