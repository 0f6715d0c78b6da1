package org.pressroom.examples.cli;

import java.util.List;
import java.util.Set;
import org.pressroom.Release;

/**
 * {@code pressroom convert --to text|markdown|html|body-json [FILE|-]}: the release's body in another form on
 * standard output. Without FILE, standard input is read. Needs the body model; without it, exit 2 with a message.
 */
final class ConvertCommand {
  static final String USAGE = "usage: pressroom convert --to text|markdown|html|body-json [FILE|-]";

  private ConvertCommand() {}

  static int run(List<String> arguments, Context ctx) throws UsageException, ExitException {
    Args args = Args.parse(arguments, Set.of(), Set.of("--to"));
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
          "unknown --to value: " + Diagnostics.oneLine(to) + " (expected text, markdown, html or body-json)");
    }
    String file = args.optionalFile();
    if (!Bodies.available()) {
      ctx.err().line("pressroom convert: not available yet: converting a body needs the body model (pressroom-html),"
          + " which this version does not include");
      return PressroomTool.USAGE_OR_IO;
    }
    Release release = ctx.load(file == null ? Loader.STDIN : file);
    ctx.out().print(Bodies.convert(release, target));
    return PressroomTool.OK;
  }
}
