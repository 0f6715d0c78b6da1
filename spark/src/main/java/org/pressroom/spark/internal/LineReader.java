package org.pressroom.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the lines of a byte stream as NDJSON has them: a line ends at {@code \n}, {@code \r\n} or a
 * lone {@code \r}. Tracks the offset of every line's first byte, counted from where the stream
 * started.
 */
final class LineReader {
  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private long offset;
  private final long maxLineBytes;

  private byte[] line = new byte[1024];
  private int length;
  private boolean blank;
  private boolean tooLong;

  LineReader(InputStream in, long startOffset, long maxLineBytes) {
    this.in = in;
    this.offset = startOffset;
    this.maxLineBytes = maxLineBytes;
  }

  /** {@return the offset of the next byte} */
  long offset() {
    return offset;
  }

  /** {@return the next byte, or -1 at the end} */
  int read() throws IOException {
    if (pos == end && !fill()) {
      return -1;
    }
    offset++;
    return buf[pos++] & 0xff;
  }

  /** {@return the next byte without taking it, or -1 at the end} */
  int peek() throws IOException {
    if (pos == end && !fill()) {
      return -1;
    }
    return buf[pos] & 0xff;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /** Takes the rest of the current line and its end. */
  void skipLine() throws IOException {
    while (true) {
      int c = read();
      if (c < 0 || c == '\n') {
        return;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        return;
      }
    }
  }

  /**
   * Reads the next line.
   *
   * @param keep whether to keep its bytes (else only whether it is blank is known)
   * @return false at the end of the stream
   */
  boolean next(boolean keep) throws IOException {
    length = 0;
    blank = true;
    tooLong = false;
    boolean any = false;
    while (true) {
      int c = read();
      if (c < 0) {
        return any;
      }
      any = true;
      if (c == '\n') {
        return true;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        return true;
      }
      if (c != ' ' && c != '\t') {
        blank = false;
      }
      if (keep && !tooLong) {
        if (length >= maxLineBytes) {
          tooLong = true;
          continue;
        }
        if (length == line.length) {
          line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, 2L * line.length));
        }
        line[length++] = (byte) c;
      }
    }
  }

  /** {@return whether the line read last holds only spaces and tabs} */
  boolean blank() {
    return blank;
  }

  /** {@return whether the line read last was longer than the limit (its bytes are cut)} */
  boolean tooLong() {
    return tooLong;
  }

  /** {@return a copy of the bytes of the line read last, without its end} */
  byte[] bytes() {
    return Arrays.copyOf(line, length);
  }
}
