package org.pressroom.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pressroom.Release;
import org.pressroom.json.ReleaseReader;

/**
 * Reads the release a command-line operand names: a file, or standard input for {@code -}. A seam
 * so that tests can stand in for the reader.
 */
@FunctionalInterface
interface Loader {
  /** The operand that names standard input. */
  String STDIN = "-";

  /**
   * Reads one release.
   *
   * @param operand a path, or {@code -} for standard input
   * @param stdin standard input
   * @return the release
   * @throws IOException if the file cannot be read (it does not exist, is a directory, ...)
   * @throws org.pressroom.json.ReadException if the file is not a valid release
   */
  Release load(String operand, InputStream stdin) throws IOException;

  /** {@return a loader that reads strictly with this reader, bytes and all} */
  static Loader strict(ReleaseReader reader) {
    return (operand, stdin) ->
        operand.equals(STDIN) ? reader.read(stdin) : reader.read(existingFile(operand));
  }

  /**
   * {@return the file an operand names}
   *
   * @param operand a path
   * @throws IOException if it is not a valid path, is a directory or does not exist
   */
  static Path existingFile(String operand) throws IOException {
    Path path;
    try {
      path = Path.of(operand);
    } catch (InvalidPathException e) {
      throw new IOException("not a valid path", e);
    }
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(operand);
    }
    return path;
  }
}
