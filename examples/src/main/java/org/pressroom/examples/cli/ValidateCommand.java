package org.pressroom.examples.cli;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.pressroom.Release;
import org.pressroom.json.ReadException;

/**
 * {@code pressroom validate [--quiet] FILE...}: reads each file strictly and reports, all on
 * standard output, one line per problem and a last line {@code N valid, M invalid}. Exit 0 if every
 * file is valid, 1 if any is invalid, 2 if any could not be read (such a file counts as invalid,
 * and the other files are still checked).
 */
final class ValidateCommand {
  static final String USAGE = "usage: pressroom validate [--quiet] FILE...";

  private ValidateCommand() {}

  static int run(List<String> arguments, Context ctx) throws UsageException {
    Args args = Args.parse(arguments, Set.of("--quiet", "-q"), Set.of());
    if (args.has("--help")) {
      ctx.out().line(USAGE);
      return PressroomTool.OK;
    }
    if (args.operands().isEmpty()) {
      throw new UsageException("validate needs at least one FILE");
    }
    boolean quiet = args.has("--quiet") || args.has("-q");
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
