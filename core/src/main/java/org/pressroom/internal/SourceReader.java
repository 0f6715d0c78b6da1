package org.pressroom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The character source under the parser: counts lines and columns of what it hands out (so that an
 * invalid UTF-8 sequence or an overlong document is reported in characters, as the parser reports
 * everything else), enforces a character budget, and for byte input decodes UTF-8 strictly
 * (overlong forms, encoded surrogates and truncated sequences are refused) and drops one leading
 * byte order mark.
 */
public final class SourceReader extends Reader {
  /** A problem found by the source itself; the reader turns it into a located error. */
  public static final class SourceProblem extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean limit;
    private final int line;
    private final int column;

    SourceProblem(String message, boolean limit, int line, int column, @Nullable Throwable cause) {
      super(message, cause);
      this.limit = limit;
      this.line = line;
      this.column = column;
    }

    /** {@return the message, never null: every source problem is made with one} */
    @Override
    public String getMessage() {
      return Objects.requireNonNull(super.getMessage());
    }

    /** {@return true for the document length limit, false for invalid UTF-8} */
    public boolean isLimit() {
      return limit;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  private final @Nullable Reader chars;
  private final @Nullable InputStream bytes;
  private final @Nullable CharsetDecoder decoder;
  private final @Nullable ByteBuffer byteBuffer;
  private final long maxChars;
  private @Nullable String pendingMessage;
  private boolean pendingIsLimit;
  private boolean eof;
  private boolean flushed;
  private boolean atStart = true;
  private boolean lastWasCr;
  private long count;
  private int line = 1;
  private int column = 1;
  private final char[] spill = new char[2];
  private int spillStart;
  private int spillEnd;

  private SourceReader(@Nullable Reader chars, @Nullable InputStream bytes, long maxChars) {
    this.chars = chars;
    this.bytes = bytes;
    this.maxChars = maxChars;
    if (bytes != null) {
      this.decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.byteBuffer = ByteBuffer.allocate(8192);
      this.byteBuffer.flip();
    } else {
      this.decoder = null;
      this.byteBuffer = null;
    }
  }

  /**
   * A source decoding UTF-8 bytes, at most {@code maxChars} characters ({@link Long#MAX_VALUE} for
   * no limit).
   */
  public static SourceReader ofUtf8(InputStream in, long maxChars) {
    return new SourceReader(null, in, maxChars);
  }

  /**
   * A source decoding UTF-8 bytes that continue an input at the start of line {@code firstLine}:
   * positions count from there, and a leading byte order mark is a character like any other.
   */
  static SourceReader ofUtf8From(InputStream in, int firstLine) {
    SourceReader source = new SourceReader(null, in, Long.MAX_VALUE);
    source.line = firstLine;
    source.atStart = false;
    return source;
  }

  /**
   * A source over characters, at most {@code maxChars} characters ({@link Long#MAX_VALUE} for no
   * limit).
   */
  public static SourceReader ofChars(Reader in, long maxChars) {
    return new SourceReader(in, null, maxChars);
  }

  /** {@return the 1-based line of the next character} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the next character} */
  public int column() {
    return column;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n;
      if (pendingMessage != null) {
        throw new SourceProblem(pendingMessage, pendingIsLimit, line, column, null);
      }
      if (chars != null) {
        n = chars.read(buf, off, len);
      } else {
        n = decode(buf, off, len);
      }
      if (n < 0) {
        return -1;
      }
      if (atStart && n > 0) {
        atStart = false;
        if (bytes != null && buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          n--;
        }
      }
      if (n > 0) {
        return account(buf, off, n);
      }
    }
  }

  private int account(char[] buf, int off, int n) throws SourceProblem {
    if (count + n > maxChars) {
      int allowed = (int) (maxChars - count);
      advance(buf, off, allowed);
      count = maxChars;
      pendingMessage =
          "document longer than " + maxChars + " characters (ReadOptions.maxDocumentLength)";
      pendingIsLimit = true;
      if (allowed > 0) {
        // hand out what fits; the next read reports the limit at the first character beyond it
        return allowed;
      }
      throw new SourceProblem(pendingMessage, true, line, column, null);
    }
    count += n;
    advance(buf, off, n);
    return n;
  }

  private void advance(char[] buf, int off, int n) {
    int l = line;
    int c = column;
    boolean cr = lastWasCr;
    for (int i = off, end = off + n; i < end; i++) {
      char ch = buf[i];
      if (ch > '\r') {
        c++;
        cr = false;
      } else if (ch == '\n') {
        if (!cr) {
          l++;
        }
        c = 1;
        cr = false;
      } else if (ch == '\r') {
        l++;
        c = 1;
        cr = true;
      } else {
        c++;
        cr = false;
      }
    }
    line = l;
    column = c;
    lastWasCr = cr;
  }

  private int decode(char[] buf, int off, int len) throws IOException {
    if (spillStart < spillEnd) {
      int n = Math.min(len, spillEnd - spillStart);
      System.arraycopy(spill, spillStart, buf, off, n);
      spillStart += n;
      return n;
    }
    if (len < 2) {
      // a supplementary character needs two chars: decode into the spill buffer
      spillStart = 0;
      spillEnd = 0;
      int n = decode(spill, 0, 2);
      if (n <= 0) {
        return n;
      }
      spillEnd = n;
      return decode(buf, off, len);
    }
    // only a byte source decodes, and a byte source has all three
    CharsetDecoder dec = Objects.requireNonNull(decoder);
    ByteBuffer bb = Objects.requireNonNull(byteBuffer);
    InputStream in = Objects.requireNonNull(bytes);
    CharBuffer out = CharBuffer.wrap(buf, off, len);
    while (true) {
      CoderResult r = dec.decode(bb, out, eof);
      if (r.isError()) {
        // hand out the good characters first; the next read reports the error, located after them
        pendingMessage = invalidUtf8(r, bb);
        return out.position() - off;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (r.isOverflow()) {
        return 0;
      }
      if (eof) {
        if (!flushed) {
          flushed = true;
          dec.flush(out);
          if (out.position() > off) {
            return out.position() - off;
          }
        }
        return -1;
      }
      bb.compact();
      int read = in.read(bb.array(), bb.position(), bb.remaining());
      if (read < 0) {
        eof = true;
      } else {
        bb.position(bb.position() + read);
      }
      bb.flip();
    }
  }

  private String invalidUtf8(CoderResult r, ByteBuffer bb) {
    StringBuilder sb = new StringBuilder("invalid UTF-8: ");
    int n = r.length();
    if (r.isMalformed() && eof && bb.remaining() == n) {
      sb.append("truncated sequence");
    } else {
      sb.append("malformed sequence");
    }
    sb.append(" (bytes");
    for (int i = 0; i < n && i < 4; i++) {
      sb.append(' ').append(String.format("%02X", bb.get(bb.position() + i) & 0xFF));
    }
    sb.append(")");
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    if (chars != null) {
      chars.close();
    }
    if (bytes != null) {
      bytes.close();
    }
  }

  /**
   * {@return the 1-based line and column of the character at {@code index} of {@code text}, counted
   * as the parser counts them}
   */
  public static int[] position(CharSequence text, int index) {
    SourceReader counter = ofChars(Reader.nullReader(), Long.MAX_VALUE);
    String s = text.toString();
    char[] chunk = new char[Math.max(1, Math.min(index, 8192))];
    for (int from = 0; from < index; from += chunk.length) {
      int n = Math.min(chunk.length, index - from);
      s.getChars(from, from + n, chunk, 0);
      counter.advance(chunk, 0, n);
    }
    return new int[] {counter.line, counter.column};
  }
}
