package org.pressroom.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseWriter;

/**
 * What a command works with: the standard streams, how to read a release, and how to write one.
 *
 * @param in standard input
 * @param inPiped whether standard input is piped or redirected (not a terminal)
 * @param out standard output
 * @param err standard error
 * @param loader reads the release an operand names
 * @param writer writes canonical JSON
 */
record Context(
    InputStream in, boolean inPiped, Output out, Output err, Loader loader, ReleaseWriter writer) {

  /**
   * {@return the operand to read}: the FILE given, else {@code -} (standard input) when input is
   * piped
   *
   * @param file the FILE operand, or null if none was given
   * @param command the command's name, for the message
   * @throws UsageException if there is no FILE and standard input is a terminal
   */
  String fileOrPipedInput(@Nullable String file, String command) throws UsageException {
    if (file != null) {
      return file;
    }
    if (inPiped) {
      return Loader.STDIN;
    }
    throw new UsageException(
        command + " needs a FILE, or a release piped to standard input ('-' reads it anyway)");
  }

  /**
   * Reads a release for a command other than {@code validate}, printing a problem to standard error
   * as {@code validate} would print it.
   *
   * @param file a path, or {@code -} for standard input
   * @return the release
   * @throws ExitException with status 1 if the release is invalid, 2 if the file cannot be read
   */
  Release load(String file) throws ExitException {
    try {
      return loader.load(file, in);
    } catch (ReadException e) {
      err.line(Diagnostics.readError(file, e));
      throw new ExitException(PressroomTool.INVALID);
    } catch (IOException e) {
      err.line(Diagnostics.unreadable(file, e));
      throw new ExitException(PressroomTool.USAGE_OR_IO);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.line(Diagnostics.internalError(file, e));
      throw new ExitException(PressroomTool.INVALID);
    }
  }
}
