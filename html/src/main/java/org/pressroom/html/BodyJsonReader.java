package org.pressroom.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import org.pressroom.html.internal.BodyJsonParser;
import org.pressroom.internal.Resources;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.SchemaException;
import org.pressroom.json.UnknownKeys;

/**
 * Reads the body JSON that {@link BodyRenderer#json()} writes back into a {@link Body}, strictly:
 * writing what it read gives the same bytes.
 *
 * <p>Strict means that anything the body JSON contract does not allow ends in a {@link
 * ReadException}, the release reader's errors: a {@link MalformedJsonException} for input that is
 * not JSON, a {@link SchemaException} for JSON that is not body JSON (a missing, unknown or
 * duplicated key, a wrong type, an unknown block type, mark, link kind, issue kind, origin or role,
 * a block {@code text} that differs from the text of its content), a {@link LimitExceededException}
 * beyond the limits of the {@link ReadOptions}. Each error carries the JSON Pointer of the
 * offending value, the line and column (1-based, in characters) and a short reason. Keys may come
 * in any order.
 *
 * <p>What the body JSON does not hold comes back empty: a link's {@code target} and {@code rel} are
 * null, an issue's {@code where} is empty, and an inline link's kind is found again from its href.
 * Each top-level block's {@code role} is kept when every top-level block has one (else the roles
 * are inferred from the blocks, as {@link Body#Body(java.util.List, Dateline, java.util.List,
 * java.util.List)} does); a table cell's {@code colspan} and {@code rowspan} are kept (1 when
 * absent).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String json = BodyRenderer.json().render(body);
 * Body again = BodyJsonReader.strict().read(json);
 * assert BodyRenderer.json().render(again).equals(json);
 * }</pre>
 */
public final class BodyJsonReader {
  /** The class path resource holding {@link #jsonSchema()}. */
  public static final String SCHEMA_RESOURCE = "/org/pressroom/html/body.schema.json";

  /**
   * The JSON nesting depth {@link #strict()} allows: 500 levels, room for about 250 quotes in
   * quotes or 125 lists in lists (the body JSON nests two to four levels per level of the body
   * model). A deeper document is refused with a {@link LimitExceededException}, as is one that
   * would overflow the stack under a larger limit.
   */
  public static final int DEFAULT_MAX_DEPTH = 500;

  private static final BodyJsonReader STRICT =
      new BodyJsonReader(ReadOptions.defaults().withMaxDepth(DEFAULT_MAX_DEPTH));

  private final ReadOptions options;
  private final BodyJsonParser parser;

  private BodyJsonReader(ReadOptions options) {
    this.options = options;
    this.parser = new BodyJsonParser(options);
  }

  /**
   * {@return a reader that refuses unknown keys, with the default limits of {@link ReadOptions}
   * except a nesting depth of {@value #DEFAULT_MAX_DEPTH}}
   *
   * <pre>{@code
   * Body body = BodyJsonReader.strict().read(json);
   * }</pre>
   */
  public static BodyJsonReader strict() {
    return STRICT;
  }

  /**
   * {@return a reader with these options: their limits, and their unknown-key policy ({@link
   * UnknownKeys#IGNORE} and {@link UnknownKeys#PRESERVE} both skip an unknown key, which the body
   * model has no place for)}
   *
   * <pre>{@code
   * BodyJsonReader lenient =
   *     BodyJsonReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));
   * }</pre>
   *
   * @param options the options
   * @throws NullPointerException if {@code options} is null
   */
  public static BodyJsonReader create(ReadOptions options) {
    return new BodyJsonReader(Objects.requireNonNull(options, "options"));
  }

  /** {@return this reader's options} */
  public ReadOptions options() {
    return options;
  }

  /**
   * {@return the JSON Schema (draft 2020-12) of the body JSON: every object, key, type and name of
   * the contract}
   *
   * <p>The schema is also a resource of this jar, {@value #SCHEMA_RESOURCE}, for tools that read it
   * from the class path. It does not check that a block's {@code text} is the text of its content;
   * this reader does.
   *
   * <pre>{@code
   * Files.writeString(Path.of("body.schema.json"), BodyJsonReader.jsonSchema());
   * }</pre>
   */
  public static String jsonSchema() {
    return Resources.text(BodyJsonReader.class, SCHEMA_RESOURCE);
  }

  /**
   * Reads a body from its JSON.
   *
   * <pre>{@code
   * Body body = BodyJsonReader.strict().read("{\"blocks\": [], ...}");
   * }</pre>
   *
   * @param json the body JSON
   * @return the body
   * @throws MalformedJsonException if the text is not JSON, is empty or has content after the root
   * @throws SchemaException if the JSON is not body JSON
   * @throws LimitExceededException if the text goes beyond a limit of the options
   */
  public Body read(String json) {
    return parser.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a body from UTF-8 bytes; a leading byte order mark is skipped.
   *
   * <pre>{@code
   * Body body = BodyJsonReader.strict().read(Files.readAllBytes(file));
   * }</pre>
   *
   * @param json the body JSON, UTF-8
   * @return the body
   * @throws MalformedJsonException if the bytes are not UTF-8 JSON, are empty or have content after
   *     the root
   * @throws SchemaException if the JSON is not body JSON
   * @throws LimitExceededException if the input goes beyond a limit of the options
   */
  public Body read(byte[] json) {
    return parser.readUtf8(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a body from characters; does not close the reader.
   *
   * <pre>{@code
   * try (Reader in = Files.newBufferedReader(file)) {
   *   Body body = BodyJsonReader.strict().read(in);
   * }
   * }</pre>
   *
   * @param json the body JSON
   * @return the body
   * @throws IOException if reading fails
   * @throws MalformedJsonException if the text is not JSON, is empty or has content after the root
   * @throws SchemaException if the JSON is not body JSON
   * @throws LimitExceededException if the text goes beyond a limit of the options
   */
  public Body read(Reader json) throws IOException {
    return parser.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a body from a UTF-8 stream (a leading byte order mark is skipped); does not close it.
   *
   * <pre>{@code
   * Body body = BodyJsonReader.strict().read(System.in);
   * }</pre>
   *
   * @param json the body JSON, UTF-8
   * @return the body
   * @throws IOException if reading fails
   * @throws MalformedJsonException if the bytes are not UTF-8 JSON, are empty or have content after
   *     the root
   * @throws SchemaException if the JSON is not body JSON
   * @throws LimitExceededException if the input goes beyond a limit of the options
   */
  public Body read(InputStream json) throws IOException {
    return parser.readUtf8(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a body from a UTF-8 file (a leading byte order mark is skipped).
   *
   * <pre>{@code
   * Body body = BodyJsonReader.strict().read(Path.of("body.json"));
   * }</pre>
   *
   * @param file the file
   * @return the body
   * @throws IOException if the file cannot be read
   * @throws MalformedJsonException if the file is not UTF-8 JSON, is empty or has content after the
   *     root
   * @throws SchemaException if the JSON is not body JSON
   * @throws LimitExceededException if the file goes beyond a limit of the options
   */
  public Body read(Path file) throws IOException {
    return parser.readUtf8(Objects.requireNonNull(file, "file"));
  }
}
