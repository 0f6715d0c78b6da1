package org.pressroom.examples.cli;

import java.io.IOException;
import java.util.List;
import org.pressroom.Release;
import org.pressroom.json.ReadException;

/**
 * {@code pressroom validate [--quiet] FILE...}: reads each file strictly and reports, all on
 * standard output, one line per problem and a last line {@code N valid, M invalid}. Exit 0 if every
 * file is valid, 1 if any is invalid, 2 if any could not be read (such a file counts as invalid,
 * and the other files are still checked).
 */
final class ValidateCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "validate",
          "FILE...",
          "Read each file strictly and parse its body; print each error as"
              + " FILE:LINE:COLUMN: POINTER: MESSAGE and a last line \"N valid, M invalid\".",
          List.of(
              CommandSpec.Option.flag(
                  "--quiet",
                  "-q",
                  "print only the errors and the last line: no body warnings, nothing about"
                      + " valid files")),
          Command.notes(
              "FILE is a release JSON file; '-' reads standard input. Everything is printed on"
                  + " standard output: errors, \"FILE: warning: KIND: MESSAGE\" for what the body"
                  + " parser worked around, \"FILE: ok\" for each valid file.",
              "Exit status: 0 if every file is valid, 1 if any is invalid, 2 if any cannot be read"
                  + " (the other files are still checked)."));

  static final Command COMMAND = new Command(SPEC, ValidateCommand::run);

  private ValidateCommand() {}

  static int run(Args args, Context ctx) throws UsageException {
    if (args.operands().isEmpty()) {
      throw new UsageException("validate needs at least one FILE");
    }
    boolean quiet = args.has("--quiet");
    long valid = 0;
    long invalid = 0;
    boolean unreadable = false;
    for (String file : args.operands()) {
      Outcome outcome = check(file, quiet, ctx);
      if (outcome == Outcome.VALID) {
        valid++;
      } else {
        invalid++;
        unreadable |= outcome == Outcome.UNREADABLE;
      }
    }
    ctx.out().line(valid + " valid, " + invalid + " invalid");
    if (unreadable) {
      return PressroomTool.USAGE_OR_IO;
    }
    return invalid > 0 ? PressroomTool.INVALID : PressroomTool.OK;
  }

  private enum Outcome {
    VALID,
    INVALID,
    UNREADABLE
  }

  private static Outcome check(String file, boolean quiet, Context ctx) {
    Output out = ctx.out();
    try {
      Release release = ctx.loader().load(file, ctx.in());
      if (!quiet) {
        // The body only ever gives warnings, which --quiet leaves out: parse it only when they are
        // shown.
        try {
          for (String warning : Bodies.warnings(Bodies.parse(release))) {
            out.line(Diagnostics.warning(file, warning));
          }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          out.line(Diagnostics.warning(file, "body not parsed: " + Diagnostics.internalError(e)));
        }
        out.line(file + ": ok");
      }
      return Outcome.VALID;
    } catch (ReadException e) {
      out.line(Diagnostics.readError(file, e));
      return Outcome.INVALID;
    } catch (IOException e) {
      out.line(Diagnostics.unreadable(file, e));
      return Outcome.UNREADABLE;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug, not bad input: one clean line for this file, and go on with the others.
      out.line(Diagnostics.internalError(file, e));
      return Outcome.INVALID;
    }
  }
}
