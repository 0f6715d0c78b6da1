package org.pressroom.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.internal.CanonicalJson;
import org.pressroom.internal.JsonBuffer;

/**
 * Writes releases as canonical JSON: the one layout in which reading a file and writing it back
 * gives the same bytes.
 *
 * <p>The canonical layout of a release: its keys in the order of {@link Release#KEYS} (a contact's
 * in the order of {@link Contact#KEYS}, and so on), then any preserved unknown keys of that object
 * in the order of its {@code unknownKeys} map; 4-space indentation; {@code "key": value}; {@code
 * null} written out; an empty array as {@code []} and an empty object as <code>{}</code>; {@code
 * format_version} as {@code 5}; timestamps as {@code yyyy-MM-dd HH:mm:ss}; URIs as {@link
 * java.net.URI#toString()}; the culture as its code; no newline at the end. Strings are escaped so
 * that the output is pure ASCII: {@code \"} {@code \\} {@code \b} {@code \f} {@code \n} {@code \r}
 * {@code \t} as short escapes, other control characters (below U+0020) and every character above
 * U+007F as <code>&#92;uXXXX</code> with lowercase hex (a character outside the BMP as its two
 * escaped surrogates, a lone surrogate as itself); {@code /} and DEL (U+007F) are written as they
 * are. A preserved unknown value is re-laid out the same way, nested containers indented, numbers
 * exactly as they were written.
 *
 * <p>Collections ({@link CollectionFormat}): {@link CollectionFormat#JSON_ARRAY} writes {@code [},
 * a newline, each release indented by 4 more spaces, separated by {@code ,} and a newline, then a
 * newline and {@code ]} ({@code []} when empty), without a newline at the end. {@link
 * CollectionFormat#NDJSON} writes each release on one line, with the same escaping and key order
 * but no whitespace at all, each line ended by {@code \n} (nothing when empty).
 *
 * <p>Stateless, immutable and thread-safe: use the one shared {@link #canonical()} instance from
 * any number of threads. Output to an {@link OutputStream} or a file is UTF-8, which for this
 * pure-ASCII output is ASCII.
 *
 * <pre>{@code
 * ReleaseWriter writer = ReleaseWriter.canonical();
 * String json = writer.write(release);
 * writer.write(release, Path.of("release.json"));
 * writer.writeAll(List.of(a, b), Path.of("releases.ndjson"), CollectionFormat.NDJSON);
 * }</pre>
 */
public final class ReleaseWriter {
  private static final ReleaseWriter CANONICAL = new ReleaseWriter();

  private ReleaseWriter() {}

  /**
   * {@return the canonical writer, one shared thread-safe instance}
   *
   * <pre>{@code
   * String json = ReleaseWriter.canonical().write(release);
   * }</pre>
   */
  public static ReleaseWriter canonical() {
    return CANONICAL;
  }

  private static JsonBuffer bufferFor(Release release) {
    return new JsonBuffer(release.body().length() + 2048);
  }

  private static JsonBuffer render(Release release) {
    Objects.requireNonNull(release, "release");
    JsonBuffer buf = bufferFor(release);
    CanonicalJson.release(buf, release, 0, true);
    return buf;
  }

  /**
   * {@return the canonical JSON of a release: pure ASCII, without a newline at the end}
   *
   * <pre>{@code
   * String json = ReleaseWriter.canonical().write(release);
   * }</pre>
   *
   * @param release the release
   * @throws NullPointerException if {@code release} is null
   */
  public String write(Release release) {
    return render(release).toString();
  }

  /**
   * Writes the canonical JSON of a release; does not flush or close the writer.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(file)) {
   *   ReleaseWriter.canonical().write(release, out);
   * }
   * }</pre>
   *
   * @param release the release
   * @param out the destination
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Release release, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    render(release).writeTo(out);
  }

  /**
   * Writes the canonical JSON of a release as UTF-8 (all of it ASCII); does not flush or close the
   * stream.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().write(release, System.out);
   * }</pre>
   *
   * @param release the release
   * @param out the destination
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Release release, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    render(release).writeTo(out);
  }

  /**
   * Writes the canonical JSON of a release to a file as UTF-8, creating it or replacing its
   * content.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().write(release, Path.of("release.json"));
   * }</pre>
   *
   * @param release the release
   * @param file the destination
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public void write(Release release, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    JsonBuffer buf = render(release);
    try (OutputStream out = Files.newOutputStream(file)) {
      buf.writeTo(out);
    }
  }

  /**
   * {@return a collection of releases in one of the collection layouts, as a string}
   *
   * <pre>{@code
   * String ndjson = ReleaseWriter.canonical().writeAll(List.of(a, b), CollectionFormat.NDJSON);
   * }</pre>
   *
   * @param releases the releases, in order
   * @param format the layout
   * @throws NullPointerException if an argument or a release is null
   */
  public String writeAll(Iterable<Release> releases, CollectionFormat format) {
    Objects.requireNonNull(releases, "releases");
    Objects.requireNonNull(format, "format");
    JsonBuffer buf = new JsonBuffer(4096);
    Iterator<Release> it = releases.iterator();
    boolean first = true;
    while (it.hasNext()) {
      appendRecord(buf, it.next(), format, first);
      first = false;
    }
    appendEnd(buf, format, first);
    return buf.toString();
  }

  /**
   * Writes a collection of releases, one at a time (memory holds one release's JSON, not the
   * collection's); does not flush or close the writer.
   *
   * <pre>{@code
   * try (ReleaseReader.ReleaseIterator in = reader.iterate(input, CollectionFormat.JSON_ARRAY);
   *     Writer out = Files.newBufferedWriter(Path.of("releases.ndjson"))) {
   *   ReleaseWriter.canonical().writeAll(in, out, CollectionFormat.NDJSON);
   * }
   * }</pre>
   *
   * @param releases the releases, in order; consumed
   * @param out the destination
   * @param format the layout
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a release is null
   */
  public void writeAll(Iterator<Release> releases, Writer out, CollectionFormat format)
      throws IOException {
    Objects.requireNonNull(releases, "releases");
    Objects.requireNonNull(out, "out");
    writeAll(releases, buf -> buf.writeTo(out), format);
  }

  /**
   * Writes a collection of releases as UTF-8 (all of it ASCII), one at a time; does not flush or
   * close the stream.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().writeAll(releases.iterator(), System.out, CollectionFormat.NDJSON);
   * }</pre>
   *
   * @param releases the releases, in order; consumed
   * @param out the destination
   * @param format the layout
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a release is null
   */
  public void writeAll(Iterator<Release> releases, OutputStream out, CollectionFormat format)
      throws IOException {
    Objects.requireNonNull(releases, "releases");
    Objects.requireNonNull(out, "out");
    writeAll(releases, buf -> buf.writeTo(out), format);
  }

  /**
   * Writes a collection of releases, one at a time; does not flush or close the writer.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().writeAll(List.of(a, b), writer, CollectionFormat.JSON_ARRAY);
   * }</pre>
   *
   * @param releases the releases, in order
   * @param out the destination
   * @param format the layout
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a release is null
   */
  public void writeAll(Iterable<Release> releases, Writer out, CollectionFormat format)
      throws IOException {
    writeAll(Objects.requireNonNull(releases, "releases").iterator(), out, format);
  }

  /**
   * Writes a collection of releases as UTF-8 (all of it ASCII), one at a time; does not flush or
   * close the stream.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().writeAll(List.of(a, b), outputStream, CollectionFormat.NDJSON);
   * }</pre>
   *
   * @param releases the releases, in order
   * @param out the destination
   * @param format the layout
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument or a release is null
   */
  public void writeAll(Iterable<Release> releases, OutputStream out, CollectionFormat format)
      throws IOException {
    writeAll(Objects.requireNonNull(releases, "releases").iterator(), out, format);
  }

  /**
   * Writes a collection of releases to a file as UTF-8, creating it or replacing its content.
   *
   * <pre>{@code
   * ReleaseWriter.canonical().writeAll(List.of(a, b), Path.of("releases.json"), CollectionFormat.JSON_ARRAY);
   * }</pre>
   *
   * @param releases the releases, in order
   * @param file the destination
   * @param format the layout
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument or a release is null
   */
  public void writeAll(Iterable<Release> releases, Path file, CollectionFormat format)
      throws IOException {
    Objects.requireNonNull(releases, "releases");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writeAll(releases.iterator(), out, format);
    }
  }

  /** One release of a collection, with what goes before it. */
  /** Where a collection goes, a record at a time: a writer or a stream. */
  @FunctionalInterface
  private interface Sink {
    void write(JsonBuffer buf) throws IOException;
  }

  /** Writes a collection to a sink, one record in the buffer at a time. */
  private static void writeAll(Iterator<Release> releases, Sink out, CollectionFormat format)
      throws IOException {
    Objects.requireNonNull(format, "format");
    JsonBuffer buf = new JsonBuffer(4096);
    boolean first = true;
    while (releases.hasNext()) {
      buf.clear();
      appendRecord(buf, releases.next(), format, first);
      first = false;
      out.write(buf);
    }
    buf.clear();
    appendEnd(buf, format, first);
    out.write(buf);
  }

  private static void appendRecord(
      JsonBuffer buf, Release release, CollectionFormat format, boolean first) {
    Objects.requireNonNull(release, "release");
    if (format == CollectionFormat.NDJSON) {
      CanonicalJson.release(buf, release, 0, false);
      buf.raw('\n');
    } else {
      buf.raw(first ? "[" : ",");
      buf.newline(1);
      CanonicalJson.release(buf, release, 1, true);
    }
  }

  /**
   * What ends a collection: nothing for NDJSON, {@code []} or a newline and {@code ]} for an array.
   */
  private static void appendEnd(JsonBuffer buf, CollectionFormat format, boolean empty) {
    if (format == CollectionFormat.JSON_ARRAY) {
      if (empty) {
        buf.raw("[]");
      } else {
        buf.newline(0).raw(']');
      }
    }
  }
}
