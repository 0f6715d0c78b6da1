package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The writer's buffer: JSON string escaping, indentation, padded digits, growth and its
 * CharSequence view.
 */
class JsonBufferTest {
  @Test
  void escapesQuotesBackslashesControlsAndEverythingBeyondAscii() {
    JsonBuffer b = new JsonBuffer(0);
    b.string("a\"b\\c\n\r\t\b\f\u0001\u001f\u007f\u00e9\u2028\uD83D\uDE00/");
    assertThat(b.toString())
        .isEqualTo(
            "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\u007f\\u00e9\\u2028\\ud83d\\ude00/\"");
  }

  @Test
  void escapesInsideLongRunsAndGrowsAsNeeded() {
    JsonBuffer b = new JsonBuffer(0);
    b.raw('[')
        .string("x".repeat(100) + "\n" + "y".repeat(100))
        .raw(',')
        .string("\uFFFF".repeat(30))
        .raw(']');
    assertThat(b.toString())
        .isEqualTo(
            "[\""
                + "x".repeat(100)
                + "\\n"
                + "y".repeat(100)
                + "\",\""
                + "\\uffff".repeat(30)
                + "\"]");
    assertThat(b.length()).isEqualTo(1 + 2 + 202 + 1 + 2 + 180 + 1);
  }

  @Test
  void emptyAndPlainStringsAreQuoted() {
    assertThat(new JsonBuffer(8).string("").toString()).isEqualTo("\"\"");
    assertThat(new JsonBuffer(8).string("plain").toString()).isEqualTo("\"plain\"");
  }

  @Test
  void growsOneCharacterAtATime() {
    JsonBuffer b = new JsonBuffer(1);
    for (int i = 0; i < 1000; i++) {
      b.raw((char) ('a' + i % 26));
    }
    assertThat(b.length()).isEqualTo(1000);
    assertThat(b.charAt(999)).isEqualTo((char) ('a' + 999 % 26));
    assertThat(b.subSequence(0, 3)).hasToString("abc");
  }

  @Test
  void newlineIndentsFourSpacesPerLevel() {
    assertThat(new JsonBuffer(0).newline(0).toString()).isEqualTo("\n");
    assertThat(new JsonBuffer(0).newline(2).toString()).isEqualTo("\n        ");
    assertThat(new JsonBuffer(0).raw("x").newline(17).toString()).isEqualTo("x\n" + " ".repeat(68));
  }

  @Test
  void digitsArePaddedWithZeros() {
    assertThat(new JsonBuffer(0).digits(7, 4).toString()).isEqualTo("0007");
    assertThat(new JsonBuffer(0).digits(2026, 4).toString()).isEqualTo("2026");
    assertThat(new JsonBuffer(0).raw('x').digits(5, 2).raw('y').toString()).isEqualTo("x05y");
  }

  @Test
  void isACharSequenceOfWhatWasWritten() {
    JsonBuffer b = new JsonBuffer(0).raw("abc");
    assertThat(b.length()).isEqualTo(3);
    assertThat(b.charAt(0)).isEqualTo('a');
    assertThat(b.charAt(2)).isEqualTo('c');
    assertThat(b.subSequence(1, 3)).hasToString("bc");
    assertThat(b.subSequence(0, 0)).hasToString("");
    assertThat(b.subSequence(3, 3)).hasToString("");
    assertThatThrownBy(() -> b.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.subSequence(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.subSequence(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> b.subSequence(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    b.clear();
    assertThat(b.length()).isZero();
    assertThat(b.raw("d").toString()).isEqualTo("d");
  }

  @Test
  void writesItsCharactersToAWriterAndAsAsciiBytes() throws IOException {
    JsonBuffer b = new JsonBuffer(0).string("\u00e9");
    StringWriter w = new StringWriter();
    b.writeTo(w);
    assertThat(w).hasToString("\"\\u00e9\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("\"\\u00e9\"");
  }
}
