package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/**
 * Lazy iteration over a collection of releases: holds at most one record (an NDJSON line, or the
 * parser's buffer for an array). After an error, iteration ends; closing closes the source.
 */
public abstract class CollectionIterator implements ReleaseReader.ReleaseIterator {
  final ReleaseParser parser;
  final SourceReader source;
  private @Nullable Release next;
  private boolean done;
  private boolean closed;
  long index;

  CollectionIterator(ReleaseParser parser, SourceReader source) {
    this.parser = parser;
    this.source = source;
  }

  /** A JSON array of releases. */
  public static CollectionIterator array(ReleaseParser parser, SourceReader source) {
    return new ArrayIterator(parser, source);
  }

  /** Newline-delimited releases. */
  public static CollectionIterator ndjson(ReleaseParser parser, SourceReader source) {
    return new NdjsonIterator(parser, source);
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
      throw e.recordIndex() >= 0 || index < 0 ? e : e.inRecord(index);
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
    private @Nullable JsonParser p;
    private ReleaseParser.@Nullable Run run;

    ArrayIterator(ReleaseParser parser, SourceReader source) {
      super(parser, source);
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
        JsonParser created = parser.arrayParser(source);
        p = created;
        run = parser.new Run(created, 0, true);
        try {
          JsonToken t = created.nextToken();
          if (t == null) {
            JsonLocation at = created.currentLocation();
            throw new MalformedJsonException(
                "empty document: expected a JSON array of releases",
                null,
                at.getLineNr(),
                at.getColumnNr(),
                -1,
                null);
          }
          if (t != JsonToken.START_ARRAY) {
            throw run.notAnArray();
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException
            | SourceReader.SourceProblem e) {
          throw run.translate(e);
        }
      }
      JsonParser parser = p;
      // run is set together with p
      ReleaseParser.Run r = Objects.requireNonNull(run);
      index++;
      JsonToken t;
      try {
        t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
          index = -1;
          r.requireEndOfArray();
          return null;
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException | SourceReader.SourceProblem e) {
        throw r.translate(e);
      }
      long start = parser.currentTokenLocation().getCharOffset();
      JsonLocation startAt = parser.currentTokenLocation();
      Release release = r.element();
      long end = parser.currentTokenLocation().getCharOffset();
      long max = this.parser.options().maxDocumentLength();
      if (start >= 0 && end >= 0 && end - start + 1 > max) {
        throw new LimitExceededException(
            this.parser.documentTooLong(),
            "",
            startAt.getLineNr(),
            startAt.getColumnNr(),
            -1,
            null);
      }
      return release;
    }
  }

  private static final class NdjsonIterator extends CollectionIterator {
    private final char[] in = new char[8192];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;
    private char[] line = new char[256];
    private int lineNumber;

    NdjsonIterator(ReleaseParser parser, SourceReader source) {
      super(parser, source);
      this.index = -1;
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
            throw new LimitExceededException(e.getMessage(), null, e.line(), e.column(), -1, null);
          }
          throw new MalformedJsonException(e.getMessage(), null, e.line(), e.column(), -1, null);
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
          throw new LimitExceededException(
              "line longer than " + max + " characters (ReadOptions.maxDocumentLength)",
              null,
              lineNumber,
              length + 1,
              -1,
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
}
