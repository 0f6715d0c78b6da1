package org.pressroom.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A strict parser of one JSON document, behind the {@code read} overloads of the release reader and
 * of the body JSON reader: a parser reads characters and UTF-8 bytes, and every other input is
 * opened here, the same way for both. A parser overrides a default only where it has a faster way
 * for that input.
 *
 * @param <T> what a document is read into
 */
public interface DocumentParser<T> {
  /** Reads from characters; does not close {@code in}. */
  T read(Reader in) throws IOException;

  /** Reads from UTF-8 bytes, a leading byte order mark skipped; does not close {@code in}. */
  T readUtf8(InputStream in) throws IOException;

  /** Reads from a string, which is read in memory: no checked exception. */
  default T read(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads from UTF-8 bytes in memory: no checked exception. */
  default T readUtf8(byte[] json) {
    try {
      return readUtf8(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a UTF-8 file. */
  default T readUtf8(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readUtf8(in);
    }
  }
}
