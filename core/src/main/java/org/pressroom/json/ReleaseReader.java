package org.pressroom.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.pressroom.Release;

/**
 * Reads releases strictly from JSON. STUB: the signatures are the contract; the implementation is being written.
 */
public final class ReleaseReader {
  private final ReadOptions options;

  private ReleaseReader(ReadOptions options) {
    this.options = options;
  }

  /** {@return a reader with {@link ReadOptions#defaults()}} */
  public static ReleaseReader strict() {
    return new ReleaseReader(ReadOptions.defaults());
  }

  /**
   * {@return a reader with these options}
   *
   * @param options the options
   */
  public static ReleaseReader create(ReadOptions options) {
    return new ReleaseReader(options);
  }

  /** {@return this reader's options} */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads one release.
   *
   * @param json the document
   * @return the release
   * @throws ReadException if the document is not a valid release
   */
  public Release read(String json) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads one release from UTF-8 bytes.
   *
   * @param json the document
   * @return the release
   */
  public Release read(byte[] json) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads one release; does not close the reader.
   *
   * @param json the document
   * @return the release
   * @throws IOException if reading fails
   */
  public Release read(Reader json) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads one release from UTF-8 bytes; does not close the stream.
   *
   * @param json the document
   * @return the release
   * @throws IOException if reading fails
   */
  public Release read(InputStream json) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads one release from a UTF-8 file.
   *
   * @param file the file
   * @return the release
   * @throws IOException if reading fails
   */
  public Release read(Path file) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Iterates lazily over a collection; closing the iterator closes the input.
   *
   * @param in UTF-8 bytes
   * @param format the layout of the collection
   * @return the releases, one at a time
   */
  public ReleaseIterator iterate(InputStream in, CollectionFormat format) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Iterates lazily over a collection; closing the iterator closes the input.
   *
   * @param in characters
   * @param format the layout of the collection
   * @return the releases, one at a time
   */
  public ReleaseIterator iterate(Reader in, CollectionFormat format) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Streams a collection lazily; closing the stream closes the input.
   *
   * @param in UTF-8 bytes
   * @param format the layout of the collection
   * @return the releases
   */
  public Stream<Release> stream(InputStream in, CollectionFormat format) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Streams a collection from a file lazily; closing the stream closes the file.
   *
   * @param file the file
   * @param format the layout of the collection
   * @return the releases
   * @throws IOException if the file cannot be opened
   */
  public Stream<Release> stream(Path file, CollectionFormat format) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** A lazy iterator over the releases of a collection that must be closed. STUB. */
  public interface ReleaseIterator extends Iterator<Release>, java.io.Closeable {}
}
