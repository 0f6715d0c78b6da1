package org.pressroom.examples.cli;

import java.util.List;
import org.pressroom.Release;

/**
 * {@code pressroom convert --to text|markdown|html|body-json [FILE|-]}: the release's body in
 * another form on standard output, exactly as rendered. Without FILE, standard input is read. If
 * the build cannot render bodies yet, exit 2 with a message.
 */
final class ConvertCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "convert",
          "[FILE|-]",
          "Print the body of a release in another form: plain text, Markdown (CommonMark), clean"
              + " HTML or the body JSON.",
          List.of(
              CommandSpec.Option.value(
                  "--to", "FORM", true, "the form to print: text, markdown, html or body-json")),
          Command.notes(Command.FILE_NOTE));

  static final Command COMMAND = new Command(SPEC, ConvertCommand::run);

  private ConvertCommand() {}

  static int run(Args args, Context ctx) throws UsageException, ExitException {
    String to = args.value("--to");
    if (to == null) {
      throw new UsageException("convert needs --to text|markdown|html|body-json");
    }
    Bodies.Target target = Bodies.Target.fromOption(to);
    if (target == null) {
      throw new UsageException(
          "unknown --to value: "
              + Diagnostics.oneLine(to)
              + " (expected text, markdown, html or body-json)");
    }
    String file = ctx.fileOrPipedInput(args.optionalFile(), SPEC.name());
    Release release = ctx.load(file);
    String result;
    try {
      result = Bodies.convert(Bodies.parse(release), target);
    } catch (UnsupportedOperationException e) {
      // What the body model's unfinished parts throw: say so plainly rather than as an internal
      // error.
      ctx.err()
          .line(
              "pressroom convert: not available yet: this build cannot render bodies as "
                  + target.option());
      return PressroomTool.USAGE_OR_IO;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      ctx.err().line(Diagnostics.internalError(file, e));
      return PressroomTool.INVALID;
    }
    ctx.out().print(result);
    return PressroomTool.OK;
  }
}
