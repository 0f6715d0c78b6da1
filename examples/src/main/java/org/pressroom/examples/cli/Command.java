package org.pressroom.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One command of the tool: its spec (options, help) and what it runs. {@link
 * PressroomTool#COMMANDS} lists them all; a new command is a class with a spec and a run method,
 * and one line there.
 *
 * @param spec what the command accepts and how its help explains it
 * @param runner runs it on its parsed command line
 */
record Command(CommandSpec spec, Runner runner) {

  /** Runs a command on its parsed command line. */
  @FunctionalInterface
  interface Runner {
    /**
     * {@return the exit status}
     *
     * @param args the options and operands, parsed as the spec says
     * @param ctx the streams and the reader
     * @throws UsageException for a command line the command cannot use
     * @throws ExitException to end with a status after printing a message
     */
    int run(Args args, Context ctx) throws UsageException, ExitException;
  }

  /** The notes most commands end their help with. */
  static final String FILE_NOTE =
      "FILE is a release JSON file. '-' reads standard input, and so does no FILE when input is"
          + " piped to the tool.";

  static final String EXIT_NOTE =
      "Exit status: 0 success, 1 an invalid release, 2 a usage error or a file that cannot be"
          + " read.";

  /** {@return the notes given, then the shared exit-status note unless the last one is one} */
  static List<String> notes(String... first) {
    List<String> notes = new ArrayList<>(List.of(first));
    if (notes.isEmpty() || !notes.get(notes.size() - 1).startsWith("Exit status:")) {
      notes.add(EXIT_NOTE);
    }
    return notes;
  }
}
