package org.pressroom.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import org.pressroom.Release;

/** Writes releases as canonical JSON. STUB: the signatures are the contract; the implementation is being written. */
public final class ReleaseWriter {
  private static final ReleaseWriter CANONICAL = new ReleaseWriter();

  private ReleaseWriter() {}

  /** {@return the canonical writer} */
  public static ReleaseWriter canonical() {
    return CANONICAL;
  }

  /**
   * {@return the canonical JSON of a release}
   *
   * @param release the release
   */
  public String write(Release release) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Writes the canonical JSON of a release; does not close the writer.
   *
   * @param release the release
   * @param out the destination
   * @throws IOException if writing fails
   */
  public void write(Release release, Writer out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Writes the canonical JSON of a release as UTF-8; does not close the stream.
   *
   * @param release the release
   * @param out the destination
   * @throws IOException if writing fails
   */
  public void write(Release release, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Writes the canonical JSON of a release to a file, replacing it.
   *
   * @param release the release
   * @param file the destination
   * @throws IOException if writing fails
   */
  public void write(Release release, Path file) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Writes a collection; does not close the writer.
   *
   * @param releases the releases
   * @param out the destination
   * @param format the layout
   * @throws IOException if writing fails
   */
  public void writeAll(Iterator<Release> releases, Writer out, CollectionFormat format) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
