package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 check that lets well-formed input go to the byte parser agrees with the JDK's strict
 * decoder, which the character path uses, byte sequence for byte sequence.
 */
class WellFormedUtf8Test {
  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void theEdgesOfEachSequenceLength() {
    int[][] wellFormed = {
      {0x41},
      {0x7F},
      {0xC2, 0x80}, // U+0080, the first two-byte character
      {0xDF, 0xBF},
      {0xE0, 0xA0, 0x80}, // U+0800
      {0xED, 0x9F, 0xBF}, // U+D7FF, just below the surrogates
      {0xEE, 0x80, 0x80}, // U+E000, just above them
      {0xEF, 0xBF, 0xBD}, // U+FFFD itself
      {0xF0, 0x90, 0x80, 0x80}, // U+10000
      {0xF4, 0x8F, 0xBF, 0xBF}, // U+10FFFF, the last
    };
    int[][] illFormed = {
      {0x80}, // a continuation byte first
      {0xC0, 0x80}, // overlong NUL
      {0xC1, 0xBF}, // overlong
      {0xC2}, // truncated
      {0xC2, 0x41}, // no continuation
      {0xE0, 0x9F, 0xBF}, // overlong three-byte form
      {0xED, 0xA0, 0x80}, // U+D800, a surrogate
      {0xED, 0xBF, 0xBF}, // U+DFFF
      {0xE2, 0x82}, // truncated
      {0xF0, 0x8F, 0xBF, 0xBF}, // overlong four-byte form
      {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {0xF5, 0x80, 0x80, 0x80},
      {0xF0, 0x9F, 0x98}, // truncated
      {0xFE},
      {0xFF},
    };
    for (int[] b : wellFormed) {
      assertThat(Utf8.isWellFormed(bytes(b), 0, b.length)).as("%s", hex(b)).isTrue();
      assertThat(jdkAccepts(bytes(b))).as("the JDK on %s", hex(b)).isTrue();
    }
    for (int[] b : illFormed) {
      assertThat(Utf8.isWellFormed(bytes(b), 0, b.length)).as("%s", hex(b)).isFalse();
      assertThat(jdkAccepts(bytes(b))).as("the JDK on %s", hex(b)).isFalse();
    }
  }

  @Test
  void aSequenceCutByTheEndOfTheRangeIsNotWellFormed() {
    byte[] b = "ab\u20ACcd".getBytes(StandardCharsets.UTF_8); // the euro sign: E2 82 AC
    assertThat(Utf8.isWellFormed(b, 0, b.length)).isTrue();
    assertThat(Utf8.isWellFormed(b, 0, 4)).isFalse();
    assertThat(Utf8.isWellFormed(b, 3, 4)).isFalse(); // starts on a continuation
  }

  @Test
  void agreesWithTheJdkOnRandomBytes() {
    Random random = new Random(27112026);
    int[] pool = {0x20, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF};
    int[] more = {0xF0, 0xF4, 0xF5, 0xFF};
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        int k = random.nextInt(pool.length + more.length + 4);
        // mostly bytes at the edges of the ranges, some anywhere
        b[i] =
            (byte)
                (k < pool.length
                    ? pool[k]
                    : k < pool.length + more.length ? more[k - pool.length] : random.nextInt(256));
      }
      assertThat(Utf8.isWellFormed(b, 0, b.length)).as("%s", hex(b)).isEqualTo(jdkAccepts(b));
    }
  }

  @Test
  void theByteParserIsLeftTheInputsItWouldReadDifferently() {
    byte[] json = "{\"title\": \"caf\u00E9\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.byteParserReads(json, 0, json.length)).isTrue();
    byte[] bom = bytes(0xEF, 0xBB, 0xBF, '{', '}');
    assertThat(Utf8.byteParserReads(bom, 0, bom.length)).as("a byte order mark").isFalse();
    byte[] nul = bytes('{', 0, '}');
    assertThat(Utf8.byteParserReads(nul, 0, nul.length)).as("a NUL early").isFalse();
    byte[] lateNul = bytes('{', ' ', ' ', ' ', 0, '}');
    assertThat(Utf8.byteParserReads(lateNul, 0, lateNul.length))
        .as("a NUL after the first four bytes: the parser refuses it either way")
        .isTrue();
  }

  private static String hex(int[] values) {
    return hex(bytes(values));
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02X ", x & 0xFF));
    }
    return sb.toString().trim();
  }
}
