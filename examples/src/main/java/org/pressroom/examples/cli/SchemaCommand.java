package org.pressroom.examples.cli;

import java.util.List;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.json.ReleaseReader;

/**
 * {@code pressroom schema release|body}: the JSON Schema (draft 2020-12) of the release JSON or of
 * the body JSON on standard output, exactly as the jars hold it.
 */
final class SchemaCommand {
  static final CommandSpec SPEC =
      new CommandSpec(
          "schema",
          "release|body",
          "Print the JSON Schema (draft 2020-12) of the release JSON or of the body JSON, exactly"
              + " as the jars hold it.",
          List.of(),
          Command.notes());

  static final Command COMMAND = new Command(SPEC, SchemaCommand::run);

  private SchemaCommand() {}

  static int run(Args args, Context ctx) throws UsageException {
    if (args.operands().size() != 1) {
      throw new UsageException("schema needs one of release or body");
    }
    String schema =
        switch (args.operands().get(0)) {
          case "release" -> ReleaseReader.jsonSchema();
          case "body" -> BodyJsonReader.jsonSchema();
          default ->
              throw new UsageException(
                  "unknown schema: "
                      + Diagnostics.oneLine(args.operands().get(0))
                      + " (expected release or body)");
        };
    ctx.out().print(schema);
    return PressroomTool.OK;
  }
}
