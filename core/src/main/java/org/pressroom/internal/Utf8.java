package org.pressroom.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The one home of byte-level UTF-8 work on the read path: well-formedness, the byte order mark and
 * line scanning. Plain ASCII is skimmed eight bytes at a time (SWAR, one {@code long} read through
 * a {@link VarHandle}), which is what makes the byte parser path pay on real releases, nearly all
 * ASCII.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LF = ONES * '\n';
  private static final long CR = ONES * '\r';

  private Utf8() {}

  /** {@return 3 if the range opens with a UTF-8 byte order mark, else 0} */
  static int bomLength(byte[] bytes, int from, int to) {
    return to - from >= 3
            && bytes[from] == (byte) 0xEF
            && bytes[from + 1] == (byte) 0xBB
            && bytes[from + 2] == (byte) 0xBF
        ? 3
        : 0;
  }

  /**
   * {@return whether Jackson's byte parser reads these bytes as its character parser reads their
   * decoded text}: they are well-formed UTF-8, and they start neither with a NUL within the first
   * four bytes (Jackson would guess UTF-16 or UTF-32) nor with a byte order mark (Jackson would
   * drop it, while in the text it is a character).
   */
  static boolean byteParserReads(byte[] bytes, int from, int length) {
    return startsPlain(bytes, from, length) && isWellFormed(bytes, from, length);
  }

  /** {@return whether the range opens with neither a NUL in its first four bytes nor a mark} */
  static boolean startsPlain(byte[] bytes, int from, int length) {
    for (int i = from; i < from + Math.min(length, 4); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return length < 2
        || (bytes[from] != (byte) 0xEF && bytes[from] != (byte) 0xFE && bytes[from] != (byte) 0xFF);
  }

  /**
   * {@return whether the range is well-formed UTF-8} as the JDK's strict decoder sees it: no
   * overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence.
   */
  static boolean isWellFormed(byte[] bytes, int from, int length) {
    int i = from;
    int end = from + length;
    while (i < end) {
      if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
      } else if (b < 0xC2) {
        return false; // a continuation byte first, or an overlong two-byte form
      } else if (b < 0xE0) {
        if (i + 1 >= end || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= end || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0)) {
          return false; // overlong, or a surrogate
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= end
            || !continuation(bytes[i + 1])
            || !continuation(bytes[i + 2])
            || !continuation(bytes[i + 3])) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        if ((b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90)) {
          return false; // overlong, or above U+10FFFF
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * {@return the index of the first line feed or carriage return in the range, or -1}; a terminator
   * byte is never part of a multi-byte sequence, so bytes split into lines as text does.
   */
  static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      if (hasZeroByte(word ^ LF) || hasZeroByte(word ^ CR)) {
        break;
      }
    }
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasZeroByte(long word) {
    return ((word - ONES) & ~word & HIGH_BITS) != 0;
  }
}
