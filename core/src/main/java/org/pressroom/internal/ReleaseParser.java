package org.pressroom.internal;

import static org.pressroom.internal.ReadErrors.Kind.LIMIT_EXCEEDED;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;

/**
 * The strict reader behind {@link org.pressroom.json.ReleaseReader}: one immutable instance per
 * reader, holding the Jackson factories. Every input reaches one document parse, {@link
 * #parse(Source, int)}, through a {@link Source}: text (a string, a reader, a decoded line), or
 * bytes through Jackson's byte parser, the one fast path kept. Each read runs in its own {@link
 * ReleaseRun}.
 */
public final class ReleaseParser implements DocumentParser<Release> {
  /** The largest file {@link #readUtf8(Path)} reads whole rather than streams. */
  private static final long IN_ONE_GO = 64L * 1024 * 1024;

  private final ReadOptions options;
  private final JsonFactory single;
  private final JsonFactory inArray;

  public ReleaseParser(ReadOptions options) {
    this.options = options;
    this.single = factory(options, 0);
    this.inArray = factory(options, 1);
  }

  private static JsonFactory factory(ReadOptions options, int extraDepth) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth() + extraDepth)
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            // the document length is counted in characters by SourceReader (Jackson's check is per
            // buffer)
            .maxDocumentLength(-1L)
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  public ReadOptions options() {
    return options;
  }

  /** Where one record comes from: a Jackson parser over it. */
  @FunctionalInterface
  interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /** The one document parse: one release and nothing after it. */
  private Release parse(Source source, int lineOffset) throws IOException {
    try (JsonParser p = source.open(single)) {
      return new ReleaseRun(this, p, lineOffset, false).document();
    }
  }

  /** Reads one release from a string. */
  @Override
  public Release read(String json) {
    if (json.length() > options.maxDocumentLength()) {
      int[] at = SourceReader.position(json, (int) options.maxDocumentLength());
      throw ReadErrors.of(LIMIT_EXCEEDED, documentTooLong(), null, at[0], at[1], null);
    }
    try {
      return parse(f -> f.createParser(json), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one release from characters; does not close {@code in}. */
  @Override
  public Release read(Reader in) throws IOException {
    return parse(f -> f.createParser(SourceReader.ofChars(in, options.maxDocumentLength())), 0);
  }

  /** Reads one release from UTF-8 bytes; does not close {@code in}. */
  @Override
  public Release readUtf8(InputStream in) throws IOException {
    return parse(f -> f.createParser(SourceReader.ofUtf8(in, options.maxDocumentLength())), 0);
  }

  /**
   * Reads one release from UTF-8 bytes held in memory. Well-formed UTF-8 within the length limit
   * (every real release) goes to the byte parser; other input is decoded and read as characters,
   * or, when it may be invalid UTF-8 or too long, takes the streaming path, which locates the
   * problem in characters.
   */
  @Override
  public Release readUtf8(byte[] bytes) {
    int start = Utf8.bomLength(bytes, 0, bytes.length);
    int length = bytes.length - start;
    if (length <= options.maxDocumentLength() && Utf8.byteParserReads(bytes, start, length)) {
      try {
        return readBytes(bytes, start, length, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String json = new String(bytes, start, length, StandardCharsets.UTF_8);
    if (json.length() <= options.maxDocumentLength() && json.indexOf('\uFFFD') < 0) {
      return read(json);
    }
    return DocumentParser.super.readUtf8(bytes);
  }

  /**
   * Reads one release from a UTF-8 file: a file that fits the length limit is read whole (one
   * decode, no stream), a bigger one streams to the limit.
   */
  @Override
  public Release readUtf8(Path file) throws IOException {
    long size = Files.isRegularFile(file) ? Files.size(file) : Long.MAX_VALUE;
    if (size <= IN_ONE_GO && (size - 3) / 3 <= options.maxDocumentLength()) {
      return readUtf8(Files.readAllBytes(file));
    }
    return DocumentParser.super.readUtf8(file);
  }

  /**
   * Reads bytes that {@link Utf8#byteParserReads} accepts with Jackson's byte parser, which gives
   * the same values as the character parser without decoding first: the one fast path kept, as it
   * pays (strict read against Jackson's tree, measured when it came: pr-newswire 1.45x to 1.05x,
   * drk-glasgow about 1.5x to 1.04x; a release with one curly quote about three times cheaper). Its
   * positions count bytes and it words some errors differently, so input it refuses is read again
   * as characters, and every error is located and worded as for text.
   */
  private Release readBytes(byte[] bytes, int offset, int length, int lineOffset)
      throws IOException {
    try {
      return parse(f -> f.createParser(bytes, offset, length), lineOffset);
    } catch (ReadException e) {
      String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
      return parse(f -> f.createParser(text), lineOffset);
    }
  }

  /** Reads one NDJSON line (no terminator) that is line {@code lineNumber} of its input. */
  Release readLine(char[] line, int length, int lineNumber) throws IOException {
    return parse(f -> f.createParser(line, 0, length), lineNumber - 1);
  }

  /**
   * Reads one NDJSON line of UTF-8 (no terminator), well-formed, that is line {@code lineNumber}.
   */
  Release readUtf8Line(byte[] bytes, int offset, int length, int lineNumber) throws IOException {
    if (Utf8.startsPlain(bytes, offset, length)) {
      return readBytes(bytes, offset, length, lineNumber - 1);
    }
    // it starts with NUL or a byte order mark: read as the text it is
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
    return parse(f -> f.createParser(text), lineNumber - 1);
  }

  JsonParser arrayParser(Reader source) throws IOException {
    return inArray.createParser(source);
  }

  String documentTooLong() {
    return "document longer than "
        + options.maxDocumentLength()
        + " characters (ReadOptions.maxDocumentLength)";
  }
}
