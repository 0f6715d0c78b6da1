package org.pressroom.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseWriter;

/** What a command works with: the standard streams, how to read a release, and how to write one. */
record Context(InputStream in, Output out, Output err, Loader loader, ReleaseWriter writer) {

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
