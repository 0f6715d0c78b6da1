package org.pressroom.examples.cli;

import java.util.List;
import java.util.Set;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.json.ReleaseReader;

/**
 * {@code pressroom schema release|body}: the JSON Schema (draft 2020-12) of the release JSON or of
 * the body JSON on standard output, exactly as the jars hold it.
 */
final class SchemaCommand {
  static final String USAGE = "usage: pressroom schema release|body";

  private SchemaCommand() {}

  static int run(List<String> arguments, Context ctx) throws UsageException {
    Args args = Args.parse(arguments, Set.of(), Set.of());
    if (args.has("--help")) {
      ctx.out().line(USAGE);
      return PressroomTool.OK;
    }
    if (args.operands().size() != 1) {
      throw new UsageException("schema needs one of release or body");
    }
    switch (args.operands().get(0)) {
      case "release":
        ctx.out().print(ReleaseReader.jsonSchema());
        return PressroomTool.OK;
      case "body":
        ctx.out().print(BodyJsonReader.jsonSchema());
        return PressroomTool.OK;
      default:
        throw new UsageException(
            "unknown schema: "
                + Diagnostics.oneLine(args.operands().get(0))
                + " (expected release or body)");
    }
  }
}
