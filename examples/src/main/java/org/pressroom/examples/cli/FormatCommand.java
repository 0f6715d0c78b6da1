package org.pressroom.examples.cli;

import java.util.List;
import org.pressroom.Release;

/**
 * {@code pressroom format [FILE|-]}: the canonical JSON of the release on standard output, exactly
 * its bytes and no newline after it. Without FILE, piped standard input is read.
 */
final class FormatCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "format",
          "[FILE|-]",
          "Print the canonical JSON of a release: exactly its bytes, no newline at the end."
              + " An invalid release is reported on standard error as validate reports it.",
          List.of(),
          Command.notes(Command.FILE_NOTE));

  static final Command COMMAND = new Command(SPEC, FormatCommand::run);

  private FormatCommand() {}

  static int run(Args args, Context ctx) throws UsageException, ExitException {
    String file = ctx.fileOrPipedInput(args.optionalFile(), SPEC.name());
    Release release = ctx.load(file);
    ctx.out().print(ctx.writer().write(release));
    return PressroomTool.OK;
  }
}
