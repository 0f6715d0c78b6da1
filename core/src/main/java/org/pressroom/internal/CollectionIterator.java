package org.pressroom.internal;

import static org.pressroom.internal.ReadErrors.Kind.LIMIT_EXCEEDED;
import static org.pressroom.internal.ReadErrors.Kind.MALFORMED_JSON;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/**
 * Lazy iteration over a collection of releases: holds at most one record (an NDJSON line, or the
 * parser's buffer for an array). After an error, iteration ends; closing closes the source.
 */
public abstract class CollectionIterator implements ReleaseReader.ReleaseIterator {
  final ReleaseParser parser;
  private final Closeable source;
  private @Nullable Release next;
  private boolean done;
  private boolean closed;
  long index;

  CollectionIterator(ReleaseParser parser, Closeable source) {
    this.parser = parser;
    this.source = source;
  }

  /** A JSON array of releases. */
  public static CollectionIterator array(ReleaseParser parser, SourceReader source) {
    return new ArrayIterator(parser, source);
  }

  /** Newline-delimited releases in characters. */
  public static CollectionIterator ndjson(ReleaseParser parser, SourceReader source) {
    return new NdjsonIterator(parser, source, 0, -1);
  }

  /** Newline-delimited releases in UTF-8 bytes. */
  public static CollectionIterator ndjson(ReleaseParser parser, InputStream source) {
    return new Utf8NdjsonIterator(parser, source);
  }

  /** {@return the next release, or null at the end} */
  abstract @Nullable Release advance() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      next = advance();
    } catch (ReadException e) {
      done = true;
      throw e.recordIndex() >= 0 || index < 0 ? e : ReadErrors.inRecord(e, index);
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(e);
    }
    if (next == null) {
      done = true;
      return false;
    }
    return true;
  }

  @Override
  public final Release next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    // hasNext() returned true, so next holds a release
    Release r = Objects.requireNonNull(next);
    next = null;
    return r;
  }

  @Override
  public void close() throws IOException {
    done = true;
    next = null;
    if (!closed) {
      closed = true;
      source.close();
    }
  }

  private static final class ArrayIterator extends CollectionIterator {
    private final SourceReader chars;
    private @Nullable JsonParser p;
    private @Nullable ReleaseRun run;

    ArrayIterator(ReleaseParser parser, SourceReader source) {
      super(parser, source);
      this.chars = source;
      this.index = -1;
    }

    @Override
    public void close() throws IOException {
      try {
        if (p != null) {
          p.close();
        }
      } finally {
        super.close();
      }
    }

    @Override
    @Nullable Release advance() throws IOException {
      if (p == null) {
        JsonParser created = parser.arrayParser(chars);
        p = created;
        run = new ReleaseRun(parser, created, 0, true);
        try {
          JsonToken t = created.nextToken();
          if (t == null) {
            JsonLocation at = created.currentLocation();
            throw ReadErrors.of(
                MALFORMED_JSON,
                "empty document: expected a JSON array of releases",
                null,
                at.getLineNr(),
                at.getColumnNr(),
                null);
          }
          if (t != JsonToken.START_ARRAY) {
            throw run.notAnArray();
          }
        } catch (JsonProcessingException | SourceReader.SourceProblem e) {
          throw run.translate(e);
        }
      }
      JsonParser parser = p;
      // run is set together with p
      ReleaseRun r = Objects.requireNonNull(run);
      index++;
      JsonToken t;
      try {
        t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          index = -1;
          r.requireEndOfArray();
          return null;
        }
      } catch (JsonProcessingException | SourceReader.SourceProblem e) {
        throw r.translate(e);
      }
      long start = parser.currentTokenLocation().getCharOffset();
      JsonLocation startAt = parser.currentTokenLocation();
      Release release = r.element();
      long end = parser.currentTokenLocation().getCharOffset();
      long max = this.parser.options().maxDocumentLength();
      if (start >= 0 && end >= 0 && end - start + 1 > max) {
        throw ReadErrors.of(
            LIMIT_EXCEEDED,
            this.parser.documentTooLong(),
            "",
            startAt.getLineNr(),
            startAt.getColumnNr(),
            null);
      }
      return release;
    }
  }

  /**
   * Newline-delimited releases read as characters: from a {@link java.io.Reader}, and from bytes
   * after a line too long for {@link Utf8NdjsonIterator}.
   */
  static final class NdjsonIterator extends CollectionIterator {
    private final SourceReader source;
    private final char[] in = new char[8192];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;
    private char[] line = new char[256];
    private int lineNumber;

    /**
     * @param linesBefore the lines of the input before the source's first character
     * @param indexBefore the index of the last record before them, or -1
     */
    NdjsonIterator(ReleaseParser parser, SourceReader source, int linesBefore, long indexBefore) {
      super(parser, source);
      this.source = source;
      this.lineNumber = linesBefore;
      this.index = indexBefore;
    }

    @Override
    @Nullable Release advance() throws IOException {
      while (true) {
        int length;
        try {
          length = readLine();
        } catch (SourceReader.SourceProblem e) {
          index++;
          if (e.isLimit()) {
            throw ReadErrors.of(LIMIT_EXCEEDED, e.getMessage(), null, e.line(), e.column(), null);
          }
          throw ReadErrors.of(MALFORMED_JSON, e.getMessage(), null, e.line(), e.column(), null);
        }
        if (length < 0) {
          index = -1;
          return null;
        }
        if (!blank(line, length)) {
          index++;
          return parser.readLine(line, length, lineNumber);
        }
      }
    }

    private static boolean blank(char[] chars, int length) {
      for (int i = 0; i < length; i++) {
        char c = chars[i];
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    /**
     * Reads the next line into {@link #line}; {@return its length, or -1 at the end of the input}
     */
    private int readLine() throws IOException {
      long max = parser.options().maxDocumentLength();
      int length = 0;
      boolean any = false;
      lineNumber++;
      while (true) {
        if (pos == end) {
          if (eof) {
            return any ? length : -1;
          }
          int n = source.read(in, 0, in.length);
          if (n < 0) {
            eof = true;
            continue;
          }
          pos = 0;
          end = n;
        }
        char c = in[pos++];
        if (skipLf) {
          skipLf = false;
          if (c == '\n') {
            continue;
          }
        }
        any = true;
        if (c == '\n') {
          return length;
        }
        if (c == '\r') {
          skipLf = true;
          return length;
        }
        if (length >= max) {
          index++;
          throw ReadErrors.of(
              LIMIT_EXCEEDED,
              "line longer than " + max + " characters (ReadOptions.maxDocumentLength)",
              null,
              lineNumber,
              length + 1,
              null);
        }
        if (length == line.length) {
          char[] bigger =
              new char[(int) Math.min(Math.max(16L, 2L * line.length), Math.max(max, 16L))];
          System.arraycopy(line, 0, bigger, 0, length);
          line = bigger;
        }
        line[length++] = c;
      }
    }
  }

  /**
   * Newline-delimited releases read as UTF-8 bytes, a line at a time: lines are split at the byte
   * level (a line feed or carriage return byte is never part of a multi-byte sequence), and a
   * well-formed line goes to Jackson's byte parser as it is. A line that is not valid UTF-8 is read
   * again through {@link SourceReader}, and a line longer than the document limit in bytes hands
   * the rest of the input to {@link NdjsonIterator}, so every error is the one, at the place, that
   * reading characters gives.
   */
  private static final class Utf8NdjsonIterator extends CollectionIterator {
    /** The longest line kept in the byte buffer; longer lines (beyond any limit) read as text. */
    private static final int MAX_BUFFERED = 1 << 30;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[16 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private boolean started;
    private boolean skipLf;
    private int lineNumber;
    private @Nullable NdjsonIterator rest;

    Utf8NdjsonIterator(ReleaseParser parser, InputStream in) {
      super(parser, in);
      this.in = in;
      this.maxLineBytes = (int) Math.min(parser.options().maxDocumentLength(), MAX_BUFFERED);
      this.index = -1;
    }

    @Override
    @Nullable Release advance() throws IOException {
      if (rest != null) {
        return delegate(rest);
      }
      while (true) {
        if (!started) {
          started = true;
          fill(3);
          pos += Utf8.bomLength(buf, pos, end); // a byte order mark is no character of the input
        }
        if (skipLf) {
          skipLf = false;
          if (pos < end || fill(1)) {
            if (buf[pos] == '\n') {
              pos++;
            }
          }
        }
        if (pos == end && !fill(1)) {
          index = -1;
          return null;
        }
        lineNumber++;
        int start = pos;
        int scanned = start;
        int stop;
        while (true) {
          int at = Utf8.lineEnd(buf, scanned, end);
          if (at >= 0) {
            stop = at;
            break;
          }
          scanned = end;
          if (end - start > maxLineBytes) {
            return handOff(start);
          }
          int before = end - start;
          if (!fill(end - pos + 1)) {
            stop = end; // the last line, without a terminator
            break;
          }
          start = pos; // the buffer may have moved
          scanned = start + before;
        }
        int length = stop - start;
        if (length > maxLineBytes) {
          return handOff(start);
        }
        int terminator = 0;
        if (stop < end) {
          terminator = 1;
          skipLf = buf[stop] == '\r';
        }
        pos = stop + terminator;
        if (blank(buf, start, length)) {
          continue;
        }
        index++;
        if (Utf8.isWellFormed(buf, start, length)) {
          return parser.readUtf8Line(buf, start, length, lineNumber);
        }
        return exactly(start, length + terminator);
      }
    }

    /**
     * Reads a line that may not be valid UTF-8 as {@link NdjsonIterator} does, from the same bytes
     * and its terminator, so the error and its place are the same.
     */
    private @Nullable Release exactly(int start, int length) throws IOException {
      SourceReader source =
          SourceReader.ofUtf8From(new ByteArrayInputStream(buf, start, length), lineNumber);
      NdjsonIterator one = new NdjsonIterator(parser, source, lineNumber - 1, index - 1);
      return one.advance();
    }

    /** From the line at {@code start} on, the input is read as characters. */
    private @Nullable Release handOff(int start) throws IOException {
      InputStream remaining =
          new SequenceInputStream(new ByteArrayInputStream(buf, start, end - start), in);
      NdjsonIterator text =
          new NdjsonIterator(
              parser, SourceReader.ofUtf8From(remaining, lineNumber), lineNumber - 1, index);
      rest = text;
      buf = new byte[0];
      pos = 0;
      end = 0;
      return delegate(text);
    }

    private @Nullable Release delegate(NdjsonIterator text) throws IOException {
      try {
        return text.advance();
      } finally {
        index = text.index;
      }
    }

    /**
     * Makes at least {@code wanted} unread bytes available unless the input ends first, keeping the
     * unread bytes; {@return whether there are that many}
     */
    private boolean fill(int wanted) throws IOException {
      while (end - pos < wanted && !eof) {
        if (end == buf.length) {
          int unread = end - pos;
          if (pos > 0 && unread <= buf.length / 2) {
            System.arraycopy(buf, pos, buf, 0, unread);
          } else {
            byte[] bigger = new byte[(int) Math.min(2L * buf.length, Integer.MAX_VALUE - 8)];
            System.arraycopy(buf, pos, bigger, 0, unread);
            buf = bigger;
          }
          pos = 0;
          end = unread;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
          eof = true;
        } else {
          end += n;
        }
      }
      return end - pos >= wanted;
    }

    private static boolean blank(byte[] bytes, int start, int length) {
      for (int i = start; i < start + length; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t') {
          return false;
        }
      }
      return true;
    }
  }
}
