package org.pressroom.examples.cli;

import java.util.List;
import java.util.Set;
import org.pressroom.Release;
import org.pressroom.html.Body;

/**
 * {@code pressroom convert --to text|markdown|html|body-json [--main] [FILE|-]}: the release's body
 * in another form on standard output, exactly as rendered; with {@code --main}, only the lead and
 * body blocks (the news without title, notices, boilerplate, contacts, notes, disclaimers and end
 * matter). Without FILE, standard input is read. If the build cannot render bodies yet, exit 2 with
 * a message.
 */
final class ConvertCommand {
  static final String USAGE =
      "usage: pressroom convert --to text|markdown|html|body-json [--main] [FILE|-]";

  private ConvertCommand() {}

  static int run(List<String> arguments, Context ctx) throws UsageException, ExitException {
    Args args = Args.parse(arguments, Set.of("--main"), Set.of("--to"));
    if (args.has("--help")) {
      ctx.out().line(USAGE);
      return PressroomTool.OK;
    }
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
    String operand = args.optionalFile();
    String file = operand == null ? Loader.STDIN : operand;
    Release release = ctx.load(file);
    String result;
    try {
      Body body = Bodies.parse(release);
      result = Bodies.convert(args.has("--main") ? body.main() : body, target);
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
