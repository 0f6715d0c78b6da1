package org.pressroom.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.pressroom.Release;
import org.pressroom.internal.CollectionIterator;
import org.pressroom.internal.Dependencies;
import org.pressroom.internal.ReleaseParser;
import org.pressroom.internal.Resources;
import org.pressroom.internal.SourceReader;

/**
 * Reads releases strictly from JSON (newsroom export format version 5): one release from a string,
 * bytes, a reader, a stream or a file, or a collection of releases lazily, as a JSON array or as
 * newline-delimited JSON.
 *
 * <p>Strict means that anything the format does not allow ends in a {@link ReadException}: a {@link
 * MalformedJsonException} for input that is not JSON (RFC 8259, UTF-8 for byte input), a {@link
 * SchemaException} for JSON that is not a release (a missing, unknown or duplicated key, a wrong
 * type, a value that breaks a rule), a {@link LimitExceededException} for input beyond the limits
 * of {@link ReadOptions}. Each error carries the JSON Pointer of the offending value, the line and
 * column (1-based, in characters, also for byte input), and a short message. When a document has a
 * schema error and is also not well-formed, the syntax error wins: every input that is not JSON is
 * reported as malformed, whatever else is wrong with it.
 *
 * <p>Byte input must be UTF-8; one leading byte order mark is skipped. Invalid UTF-8 (overlong
 * forms, encoded surrogates, truncated or stray bytes) is malformed JSON.
 *
 * <p>Instances are immutable and thread-safe: build one and share it. The iterators and streams it
 * returns are not thread-safe.
 *
 * <pre>{@code
 * ReleaseReader reader = ReleaseReader.strict();
 * try {
 *   Release release = reader.read(Path.of("release.json"));
 *   System.out.println(release.title());
 * } catch (ReadException e) {
 *   System.err.println(e.line() + ":" + e.column() + ": " + e.pointer() + ": " + e.reason());
 * }
 * }</pre>
 */
public final class ReleaseReader {
  private final ReadOptions options;
  private final ReleaseParser parser;

  private ReleaseReader(ReadOptions options) {
    Dependencies.requireJackson();
    this.options = options;
    this.parser = new ReleaseParser(options);
  }

  /**
   * {@return a reader with {@link ReadOptions#defaults()}: unknown keys rejected, default limits}
   *
   * <pre>{@code
   * Release release = ReleaseReader.strict().read(json);
   * }</pre>
   *
   * @throws IllegalStateException if the jackson-core found at run time is older than the one
   *     Pressroom needs (the message names the version)
   */
  public static ReleaseReader strict() {
    Dependencies.requireJackson();
    return Strict.INSTANCE;
  }

  /** The strict reader, made at first use, after the dependency check. */
  private static final class Strict {
    static final ReleaseReader INSTANCE = new ReleaseReader(ReadOptions.defaults());
  }

  /**
   * {@return a reader with these options}
   *
   * <pre>{@code
   * ReleaseReader lenient = ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));
   * }</pre>
   *
   * @param options the options
   * @throws NullPointerException if {@code options} is null
   * @throws IllegalStateException if the jackson-core found at run time is older than the one
   *     Pressroom needs (the message names the version)
   */
  public static ReleaseReader create(ReadOptions options) {
    return new ReleaseReader(Objects.requireNonNull(options, "options"));
  }

  /** {@return this reader's options} */
  public ReadOptions options() {
    return options;
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the release JSON that {@link #strict()} reads:
   * every key, its type and nullness, no unknown keys, and the timestamp, URI, culture, language
   * and version rules}
   *
   * <p>What a schema cannot say stays with this reader: duplicate keys, {@code format_version}
   * written as {@code 5.0} or {@code 5e0} (a schema counts them as the integer 5), and the limits
   * of {@link ReadOptions}. The schema is also a resource of this jar, {@value #SCHEMA_RESOURCE},
   * for tools that read it from the class path.
   *
   * <pre>{@code
   * Files.writeString(Path.of("release.schema.json"), ReleaseReader.jsonSchema());
   * }</pre>
   */
  public static String jsonSchema() {
    return Resources.text(ReleaseReader.class, SCHEMA_RESOURCE);
  }

  /** The class path resource holding {@link #jsonSchema()}. */
  public static final String SCHEMA_RESOURCE = "/org/pressroom/json/release.schema.json";

  /**
   * Reads one release from a JSON document.
   *
   * <pre>{@code
   * Release release = ReleaseReader.strict().read("{\"title\": ...}");
   * }</pre>
   *
   * @param json the document
   * @return the release
   * @throws MalformedJsonException if the document is not JSON, is empty or has content after the
   *     root value
   * @throws SchemaException if the document is JSON but not a valid release
   * @throws LimitExceededException if the document goes beyond a limit of the options
   */
  public Release read(String json) {
    return parser.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads one release from UTF-8 bytes; a leading byte order mark is skipped.
   *
   * <pre>{@code
   * Release release = ReleaseReader.strict().read(Files.readAllBytes(file));
   * }</pre>
   *
   * @param json the document, UTF-8
   * @return the release
   * @throws MalformedJsonException if the bytes are not UTF-8 JSON, are empty or have content after
   *     the root value
   * @throws SchemaException if the document is JSON but not a valid release
   * @throws LimitExceededException if the document goes beyond a limit of the options
   */
  public Release read(byte[] json) {
    return parser.readUtf8(json);
  }

  /**
   * Reads one release from characters; reads at most {@link ReadOptions#maxDocumentLength()}
   * characters (plus the parser's read-ahead) and does not close the reader.
   *
   * <pre>{@code
   * try (Reader in = Files.newBufferedReader(file)) {
   *   Release release = ReleaseReader.strict().read(in);
   * }
   * }</pre>
   *
   * @param json the document
   * @return the release
   * @throws IOException if reading fails
   * @throws MalformedJsonException if the document is not JSON, is empty or has content after the
   *     root value
   * @throws SchemaException if the document is JSON but not a valid release
   * @throws LimitExceededException if the document goes beyond a limit of the options
   */
  public Release read(Reader json) throws IOException {
    return parser.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads one release from UTF-8 bytes; a leading byte order mark is skipped. Does not close the
   * stream.
   *
   * <pre>{@code
   * Release release = ReleaseReader.strict().read(System.in);
   * }</pre>
   *
   * @param json the document, UTF-8
   * @return the release
   * @throws IOException if reading fails
   * @throws MalformedJsonException if the bytes are not UTF-8 JSON, are empty or have content after
   *     the root value
   * @throws SchemaException if the document is JSON but not a valid release
   * @throws LimitExceededException if the document goes beyond a limit of the options
   */
  public Release read(InputStream json) throws IOException {
    return parser.readUtf8(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads one release from a UTF-8 file; a leading byte order mark is skipped.
   *
   * <pre>{@code
   * Release release = ReleaseReader.strict().read(Path.of("release.json"));
   * }</pre>
   *
   * @param file the file
   * @return the release
   * @throws IOException if the file cannot be read
   * @throws MalformedJsonException if the file is not UTF-8 JSON, is empty or has content after the
   *     root value
   * @throws SchemaException if the file is JSON but not a valid release
   * @throws LimitExceededException if the file goes beyond a limit of the options
   */
  public Release read(Path file) throws IOException {
    return parser.readUtf8(file);
  }

  /**
   * Iterates lazily over a collection of releases in UTF-8 bytes, holding one record at a time.
   * Errors are {@link ReadException}s thrown from {@code hasNext()} or {@code next()}, with the
   * record's index ({@link ReadException#recordIndex()}) and the line and column in the whole
   * input; after an error, the iteration ends. {@link ReadOptions#maxDocumentLength()} bounds each
   * record (each line for NDJSON). Closing the iterator closes the stream.
   *
   * <pre>{@code
   * try (ReleaseReader.ReleaseIterator it = reader.iterate(in, CollectionFormat.NDJSON)) {
   *   while (it.hasNext()) {
   *     index(it.next());
   *   }
   * }
   * }</pre>
   *
   * @param in UTF-8 bytes
   * @param format the layout of the collection
   * @return the releases, one at a time
   * @throws NullPointerException if an argument is null
   */
  public ReleaseIterator iterate(InputStream in, CollectionFormat format) {
    Objects.requireNonNull(in, "in");
    if (Objects.requireNonNull(format, "format") == CollectionFormat.NDJSON) {
      return CollectionIterator.ndjson(parser, in); // split into lines before decoding
    }
    return iterate(SourceReader.ofUtf8(in, Long.MAX_VALUE), format);
  }

  /**
   * Iterates lazily over a collection of releases in characters, as {@link #iterate(InputStream,
   * CollectionFormat)} does; closing the iterator closes the reader.
   *
   * <pre>{@code
   * try (ReleaseReader.ReleaseIterator it = reader.iterate(Files.newBufferedReader(file), CollectionFormat.JSON_ARRAY)) {
   *   it.forEachRemaining(System.out::println);
   * }
   * }</pre>
   *
   * @param in characters
   * @param format the layout of the collection
   * @return the releases, one at a time
   * @throws NullPointerException if an argument is null
   */
  public ReleaseIterator iterate(Reader in, CollectionFormat format) {
    return iterate(SourceReader.ofChars(Objects.requireNonNull(in, "in"), Long.MAX_VALUE), format);
  }

  private ReleaseIterator iterate(SourceReader source, CollectionFormat format) {
    return switch (Objects.requireNonNull(format, "format")) {
      case JSON_ARRAY -> CollectionIterator.array(parser, source);
      case NDJSON -> CollectionIterator.ndjson(parser, source);
    };
  }

  /**
   * Streams a collection of releases in UTF-8 bytes lazily, as {@link #iterate(InputStream,
   * CollectionFormat)} does; closing the stream closes the input.
   *
   * <pre>{@code
   * try (Stream<Release> releases = reader.stream(in, CollectionFormat.NDJSON)) {
   *   long count = releases.filter(r -> r.culture().language().equals("nl")).count();
   * }
   * }</pre>
   *
   * @param in UTF-8 bytes
   * @param format the layout of the collection
   * @return the releases, in order
   * @throws NullPointerException if an argument is null
   */
  public Stream<Release> stream(InputStream in, CollectionFormat format) {
    return stream(iterate(in, format));
  }

  /**
   * Streams a collection of releases from a UTF-8 file lazily; closing the stream closes the file.
   *
   * <pre>{@code
   * try (Stream<Release> releases = reader.stream(Path.of("export.ndjson"), CollectionFormat.NDJSON)) {
   *   releases.forEach(r -> System.out.println(r.title()));
   * }
   * }</pre>
   *
   * @param file the file
   * @param format the layout of the collection
   * @return the releases, in order
   * @throws IOException if the file cannot be opened
   */
  public Stream<Release> stream(Path file, CollectionFormat format) throws IOException {
    return stream(iterate(Files.newInputStream(file), format));
  }

  private static Stream<Release> stream(ReleaseIterator it) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                it.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * A lazy iterator over the releases of a collection; it holds the input open until {@link
   * #close()}.
   *
   * <p>{@link #hasNext()} and {@link #next()} throw a {@link ReadException} (with {@link
   * ReadException#recordIndex()}) for a record that cannot be read, and an {@link
   * UncheckedIOException} if the input fails; after either, the iteration ends. Not thread-safe.
   */
  public interface ReleaseIterator extends Iterator<Release>, Closeable {
    /**
     * Closes the input; afterwards {@link #hasNext()} is false.
     *
     * @throws IOException if closing the input fails
     */
    @Override
    void close() throws IOException;
  }
}
