package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;

/**
 * The {@code pressroom} command-line tool: validate, format, inspect and convert press releases.
 *
 * <pre>
 * pressroom validate [--quiet] FILE...
 * pressroom format [FILE|-]
 * pressroom inspect [--json] [FILE|-]
 * pressroom convert [--from SOURCE] --to FORM [--main] [--zone ZONE] [FILE|-]
 * pressroom schema release|body
 * pressroom --version | --help | COMMAND --help
 * </pre>
 *
 * <p>Each command is a {@link Command}: a {@link CommandSpec} (its options, from which both the
 * parser and {@code COMMAND --help} work) and a run method; {@link #COMMANDS} lists them.
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

  /** Every command, in the order the help lists them. */
  static final List<Command> COMMANDS =
      List.of(
          ValidateCommand.COMMAND,
          FormatCommand.COMMAND,
          InspectCommand.COMMAND,
          ConvertCommand.COMMAND,
          SchemaCommand.COMMAND);

  /** The tool's help, listing each command; within 80 columns. */
  static final String USAGE = usage();

  private static String usage() {
    List<String> lines = new ArrayList<>();
    lines.add("usage: pressroom COMMAND [OPTION...] [FILE...]");
    lines.add("       pressroom --version | --help | COMMAND --help");
    lines.add("");
    lines.add("Read, check and convert press releases (newsroom export format version 5).");
    lines.add("");
    lines.add("commands:");
    for (Command c : COMMANDS) {
      lines.add("  " + c.spec().usage().substring("usage: pressroom ".length()));
      lines.addAll(CommandSpec.wrap(c.spec().summary(), "      ", "      "));
    }
    lines.add("");
    lines.addAll(
        CommandSpec.wrap(
            "'pressroom COMMAND --help' explains a command's options. " + Command.FILE_NOTE,
            "",
            ""));
    lines.add("");
    lines.addAll(CommandSpec.wrap(Command.EXIT_NOTE, "", ""));
    return String.join("\n", lines) + "\n";
  }

  private PressroomTool() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, UTF_8);
    PrintStream err = new PrintStream(System.err, true, UTF_8);
    int status = run(args, System.in, Terminal.stdinIsPiped(), out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the tool without exiting, for tests and for embedding, with {@code in} as piped input.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output; written as UTF-8
   * @param err standard error; written as UTF-8
   * @return the exit status: 0, 1 or 2
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, true, out, err);
  }

  /**
   * Runs the tool without exiting.
   *
   * @param args the command line
   * @param in standard input
   * @param inPiped whether standard input is piped (a command without FILE reads it) or a terminal
   * @param out standard output; written as UTF-8
   * @param err standard error; written as UTF-8
   * @return the exit status: 0, 1 or 2
   */
  static int run(String[] args, InputStream in, boolean inPiped, PrintStream out, PrintStream err) {
    return run(args, in, inPiped, out, err, Loader.strict(ReleaseReader.strict()));
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Loader loader) {
    return run(args, in, true, out, err, loader);
  }

  static int run(
      String[] args,
      InputStream in,
      boolean inPiped,
      PrintStream out,
      PrintStream err,
      Loader loader) {
    Context ctx =
        new Context(
            in, inPiped, new Output(out), new Output(err), loader, ReleaseWriter.canonical());
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
        ctx.out().print(USAGE);
        return OK;
      case "help":
        return help(rest, ctx);
      case "-V":
      case "--version":
        ctx.out().line("pressroom " + Version.current());
        return OK;
      default:
        break;
    }
    Command c = find(command);
    if (c == null) {
      throw new UsageException(
          (command.startsWith("-") ? "unknown option: " : "unknown command: ")
              + Diagnostics.oneLine(command));
    }
    Args parsed = Args.parse(rest, c.spec());
    if (parsed.has(CommandSpec.HELP.name())) {
      ctx.out().print(c.spec().help());
      return OK;
    }
    return c.runner().run(parsed, ctx);
  }

  /** {@code pressroom help [COMMAND]}: the tool's help, or a command's. */
  private static int help(List<String> rest, Context ctx) throws UsageException {
    if (rest.isEmpty()) {
      ctx.out().print(USAGE);
      return OK;
    }
    Command c = find(rest.get(0));
    if (c == null || rest.size() > 1) {
      throw new UsageException("help takes one COMMAND: " + names());
    }
    ctx.out().print(c.spec().help());
    return OK;
  }

  private static @Nullable Command find(String name) {
    for (Command c : COMMANDS) {
      if (c.spec().name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static String names() {
    List<String> names = new ArrayList<>();
    for (Command c : COMMANDS) {
      names.add(c.spec().name());
    }
    return String.join(", ", names);
  }
}
