package org.pressroom.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable char buffer that knows the canonical JSON escaping. Not thread-safe: the writer makes
 * one per call.
 *
 * <p>Why not a {@link StringBuilder}: {@code String.getChars} copies a run of unescaped characters
 * in bulk (an intrinsic), where {@code StringBuilder.append(CharSequence, int, int)} copies
 * character by character on Java 17, and a {@code char[]} goes to a {@link Writer} without another
 * copy.
 */
public final class JsonBuffer implements CharSequence {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final String SPACES = " ".repeat(64);
  private static final int CHUNK = 8192;

  /**
   * For each ASCII character, 0 when it is written as is, the letter of its short escape ({@code
   * "\\bfnrt}), or {@code 'u'} when it is written as {@code \}{@code u00XX}.
   */
  private static final byte[] ESCAPE = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = 'u';
    }
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
    ESCAPE['\b'] = 'b';
    ESCAPE['\f'] = 'f';
    ESCAPE['\n'] = 'n';
    ESCAPE['\r'] = 'r';
    ESCAPE['\t'] = 't';
    // 0x7F (DEL) is ASCII and legal raw in JSON: it is written as is.
  }

  private char[] buf;
  private int len;

  /**
   * A chunk of the string being escaped: as long as the longest string so far, at most {@link
   * #CHUNK}.
   */
  private char[] scratch = new char[64];

  /**
   * Makes an empty buffer.
   *
   * @param capacity the initial capacity in characters
   */
  public JsonBuffer(int capacity) {
    buf = new char[Math.max(capacity, 64)];
  }

  /** {@return the number of characters held} */
  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= len) {
      throw new IndexOutOfBoundsException(index);
    }
    return buf[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > len || start > end) {
      throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + len);
    }
    return new String(buf, start, end - start);
  }

  /** Empties the buffer, keeping its capacity. */
  public void clear() {
    len = 0;
  }

  private void ensure(int extra) {
    int need = len + extra;
    if (need > buf.length) {
      if (need < 0) {
        throw new OutOfMemoryError("JSON text too long for one buffer");
      }
      int grown = buf.length + (buf.length >> 1) + 16;
      buf = Arrays.copyOf(buf, Math.max(need, grown < 0 ? Integer.MAX_VALUE - 8 : grown));
    }
  }

  /**
   * Appends one character, which must not need escaping.
   *
   * @param c the character
   * @return this buffer
   */
  public JsonBuffer raw(char c) {
    if (len == buf.length) {
      ensure(1);
    }
    buf[len++] = c;
    return this;
  }

  /**
   * Appends text that needs no escaping (punctuation, numbers, literals, pre-escaped keys).
   *
   * @param s the text
   * @return this buffer
   */
  public JsonBuffer raw(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, buf, len);
    len += n;
    return this;
  }

  /**
   * Appends a newline and the indentation of a nesting level (4 spaces a level).
   *
   * @param level the level, 0 for none
   * @return this buffer
   */
  public JsonBuffer newline(int level) {
    int n = level * 4;
    ensure(n + 1);
    buf[len++] = '\n';
    while (n > 0) {
      int k = Math.min(n, SPACES.length());
      SPACES.getChars(0, k, buf, len);
      len += k;
      n -= k;
    }
    return this;
  }

  /**
   * Appends a number of 2 digits or more, padded with zeros on the left.
   *
   * @param value a value from 0
   * @param digits the number of digits, enough for the value
   * @return this buffer
   */
  public JsonBuffer digits(int value, int digits) {
    ensure(digits);
    for (int i = len + digits - 1; i >= len; i--) {
      buf[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    len += digits;
    return this;
  }

  /**
   * Appends a JSON string in canonical form: quoted; {@code \"} {@code \\} {@code \b} {@code \f}
   * {@code \n} {@code \r} {@code \t} as short escapes; other characters below U+0020 and every
   * character above U+007F as a {@code \}{@code uXXXX} escape with lowercase hex (a supplementary
   * character as its two escaped surrogates, a lone surrogate as itself); everything else, {@code
   * /} and DEL included, as is. The result is pure ASCII.
   *
   * @param s the string
   * @return this buffer
   */
  public JsonBuffer string(String text) {
    int n = text.length();
    ensure(n + 2);
    buf[len++] = '"';
    // Escape from char[] chunks (one intrinsic copy each): String.charAt costs a bounds and coder
    // check per char.
    int chunk = Math.min(n, CHUNK);
    if (scratch.length < chunk) {
      scratch = new char[Math.max(chunk, Math.min(CHUNK, scratch.length * 2))];
    }
    char[] s = scratch;
    for (int from = 0; from < n; from += s.length) {
      int m = Math.min(s.length, n - from);
      text.getChars(from, from + m, s, 0);
      escape(s, m);
    }
    ensure(1);
    buf[len++] = '"';
    return this;
  }

  /**
   * Appends the first {@code n} characters of {@code s}, escaped (each character is escaped on its
   * own).
   */
  private void escape(char[] s, int n) {
    int runStart = 0;
    for (int i = 0; i < n; i++) {
      char c = s[i];
      int esc;
      if (c < 128) {
        esc = ESCAPE[c];
        if (esc == 0) {
          continue;
        }
      } else {
        esc = 'u';
      }
      if (i > runStart) {
        int k = i - runStart;
        ensure(k);
        System.arraycopy(s, runStart, buf, len, k);
        len += k;
      }
      runStart = i + 1;
      if (esc == 'u') {
        ensure(6);
        buf[len] = '\\';
        buf[len + 1] = 'u';
        buf[len + 2] = HEX[c >>> 12];
        buf[len + 3] = HEX[(c >>> 8) & 0xF];
        buf[len + 4] = HEX[(c >>> 4) & 0xF];
        buf[len + 5] = HEX[c & 0xF];
        len += 6;
      } else {
        ensure(2);
        buf[len] = '\\';
        buf[len + 1] = (char) esc;
        len += 2;
      }
    }
    int k = n - runStart;
    ensure(k);
    System.arraycopy(s, runStart, buf, len, k);
    len += k;
  }

  /** {@return the characters held, as a string} */
  @Override
  public String toString() {
    return new String(buf, 0, len);
  }

  /**
   * Writes the characters held, without flushing or closing.
   *
   * @param out the destination
   * @throws IOException if writing fails
   */
  public void writeTo(Writer out) throws IOException {
    out.write(buf, 0, len);
  }

  /**
   * Writes the characters held as bytes (they are all ASCII, so this is their UTF-8), without
   * flushing or closing.
   *
   * @param out the destination
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(toString().getBytes(StandardCharsets.ISO_8859_1));
  }
}
