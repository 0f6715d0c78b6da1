package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;

/**
 * The {@code pressroom} command-line tool: validate, format, inspect and convert press releases.
 *
 * <pre>
 * pressroom validate [--quiet] FILE...
 * pressroom format [FILE|-]
 * pressroom inspect [--json] [FILE|-]
 * pressroom convert [--from release|body-json] --to text|markdown|html|body-json|ninjs|jsonld|prezly
 *     [--zone ZONE] [FILE|-]
 * pressroom schema release|body
 * </pre>
 *
 * <p>Exit status: 0 on success, 1 if a release is invalid, 2 for a usage error or a file that
 * cannot be read. All output is UTF-8 with {@code \n} line ends. {@code validate} writes its
 * diagnostics and summary to standard output; the other commands write their result to standard
 * output and their messages to standard error.
 */
public final class PressroomTool {
  /** Exit status: success. */
  static final int OK = 0;

  /** Exit status: a release is invalid. */
  static final int INVALID = 1;

  /** Exit status: a usage error, or a file that cannot be read. */
  static final int USAGE_OR_IO = 2;

  static final String USAGE =
      String.join(
          "\n",
          "usage: pressroom COMMAND [OPTION...] [FILE...]",
          "",
          "commands:",
          "  validate [--quiet] FILE...     read each file strictly; print each error as",
          "                                 FILE:LINE:COLUMN: POINTER: MESSAGE and a last line \"N valid, M invalid\"",
          "  format [FILE|-]                print the canonical JSON of a release",
          "  inspect [--json] [FILE|-]      summarise a release (without FILE, the bundled sample release)",
          "  convert [--from release|body-json] --to text|markdown|html|body-json|ninjs|jsonld|prezly",
          "          [--zone ZONE] [FILE|-] print a release or its body in another form",
          "  schema release|body            print the JSON Schema of the release JSON or the body JSON",
          "",
          "FILE '-' (or no FILE, for format and convert) reads standard input.",
          "exit status: 0 success, 1 invalid release, 2 usage error or unreadable file",
          "");

  private PressroomTool() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, UTF_8);
    PrintStream err = new PrintStream(System.err, true, UTF_8);
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the tool without exiting, for tests and for embedding.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output; written as UTF-8
   * @param err standard error; written as UTF-8
   * @return the exit status: 0, 1 or 2
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Loader.strict(ReleaseReader.strict()));
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Loader loader) {
    Context ctx =
        new Context(in, new Output(out), new Output(err), loader, ReleaseWriter.canonical());
    try {
      return dispatch(Arrays.asList(args), ctx);
    } catch (UsageException e) {
      ctx.err().line("pressroom: " + e.getMessage());
      ctx.err().line("Try 'pressroom --help' for more information.");
      return USAGE_OR_IO;
    } catch (ExitException e) {
      return e.status();
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  private static int dispatch(List<String> args, Context ctx) throws UsageException, ExitException {
    if (args.isEmpty()) {
      ctx.err().print(USAGE);
      return USAGE_OR_IO;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (command) {
      case "-h":
      case "--help":
      case "help":
        ctx.out().print(USAGE);
        return OK;
      case "validate":
        return ValidateCommand.run(rest, ctx);
      case "format":
        return FormatCommand.run(rest, ctx);
      case "inspect":
        return InspectCommand.run(rest, ctx);
      case "convert":
        return ConvertCommand.run(rest, ctx);
      case "schema":
        return SchemaCommand.run(rest, ctx);
      default:
        throw new UsageException(
            (command.startsWith("-") ? "unknown option: " : "unknown command: ")
                + Diagnostics.oneLine(command));
    }
  }
}
