package org.pressroom.examples.cli;

import java.util.List;
import java.util.Set;
import org.pressroom.Release;

/**
 * {@code pressroom format [FILE|-]}: the canonical JSON of the release on standard output, exactly
 * its bytes and no newline after it. Without FILE, standard input is read.
 */
final class FormatCommand {
  static final String USAGE = "usage: pressroom format [FILE|-]";

  private FormatCommand() {}

  static int run(List<String> arguments, Context ctx) throws UsageException, ExitException {
    Args args = Args.parse(arguments, Set.of(), Set.of());
    if (args.has("--help")) {
      ctx.out().line(USAGE);
      return PressroomTool.OK;
    }
    String file = args.optionalFile();
    Release release = ctx.load(file == null ? Loader.STDIN : file);
    ctx.out().print(ctx.writer().write(release));
    return PressroomTool.OK;
  }
}
