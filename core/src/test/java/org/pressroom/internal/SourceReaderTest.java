package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The source under the parser: counts lines and columns as the parser does, bounds length, decodes
 * UTF-8 strictly.
 */
class SourceReaderTest {
  private static String readAll(Reader r, int chunk) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[chunk];
    int n;
    while ((n = r.read(buf, 0, chunk)) >= 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static SourceReader utf8(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return SourceReader.ofUtf8(new ByteArrayInputStream(b), Long.MAX_VALUE);
  }

  @Test
  void countsCrLfAsOneLineBreakAndCrOrLfAloneAsOne() throws IOException {
    // a b CR LF c d CR e f LF TAB g: lines break after "ab", "cd" and "ef"; the tab is one column
    String text = "ab\r\ncd\ref\n\tg";
    for (int chunk : new int[] {1, 3, 64}) {
      SourceReader r = SourceReader.ofChars(new StringReader(text), Long.MAX_VALUE);
      assertThat(readAll(r, chunk)).isEqualTo(text);
      assertThat(r.line()).as("line, read %d at a time", chunk).isEqualTo(4);
      assertThat(r.column()).as("column, read %d at a time", chunk).isEqualTo(3);
    }
  }

  @Test
  void positionCountsLikeTheReader() {
    assertThat(SourceReader.position("a\r\nb\rc\nd", 7)).containsExactly(4, 1);
    assertThat(SourceReader.position("a\r\nb\rc\nd", 8)).containsExactly(4, 2);
    assertThat(SourceReader.position("ab", 0)).containsExactly(1, 1);
    assertThat(SourceReader.position("a\n\nb", 3)).containsExactly(3, 1);
  }

  @Test
  void handsOutWhatFitsThenReportsTheLimitAtTheNextCharacter() throws IOException {
    SourceReader r = SourceReader.ofChars(new StringReader("ab\ncdef"), 4);
    char[] buf = new char[16];
    assertThat(r.read(buf, 0, 16)).isEqualTo(4);
    assertThat(new String(buf, 0, 4)).isEqualTo("ab\nc");
    SourceReader.SourceProblem e =
        catchThrowableOfType(SourceReader.SourceProblem.class, () -> r.read(buf, 0, 16));
    assertThat(e.isLimit()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo("document longer than 4 characters (ReadOptions.maxDocumentLength)");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void aDocumentOfExactlyTheLimitIsRead() throws IOException {
    SourceReader r = SourceReader.ofChars(new StringReader("abcd"), 4);
    assertThat(readAll(r, 2)).isEqualTo("abcd");
  }

  @Test
  void aLimitReachedAtAReadBoundaryIsReportedAtOnce() throws IOException {
    SourceReader r = SourceReader.ofChars(new StringReader("abcdef"), 4);
    char[] buf = new char[4];
    assertThat(r.read(buf, 0, 4)).isEqualTo(4);
    SourceReader.SourceProblem e =
        catchThrowableOfType(SourceReader.SourceProblem.class, () -> r.read(buf, 0, 4));
    assertThat(e.isLimit()).isTrue();
    assertThat(e.column()).isEqualTo(5);
  }

  @Test
  void dropsAByteOrderMarkOnlyFromBytes() throws IOException {
    assertThat(readAll(utf8(0xEF, 0xBB, 0xBF, 'a', 'b'), 8)).isEqualTo("ab");
    assertThat(readAll(SourceReader.ofChars(new StringReader("\uFEFFab"), Long.MAX_VALUE), 8))
        .isEqualTo("\uFEFFab");
    assertThat(readAll(utf8('a', 0xEF, 0xBB, 0xBF), 8))
        .as("only at the start")
        .isEqualTo("a\uFEFF");
  }

  @Test
  void decodesASupplementaryCharacterReadOneCharAtATime() throws IOException {
    // U+1F600 is F0 9F 98 80 in UTF-8 and D83D DE00 in UTF-16
    SourceReader r = utf8('x', 0xF0, 0x9F, 0x98, 0x80, 'y');
    assertThat(readAll(r, 1)).isEqualTo("x\uD83D\uDE00y");
    assertThat(r.column()).isEqualTo(5);
  }

  @Test
  void reportsMalformedUtf8AfterTheGoodCharactersWithItsBytes() throws IOException {
    SourceReader r = utf8('a', 'b', 0xC3, 0x28);
    char[] buf = new char[8];
    assertThat(r.read(buf, 0, 8)).isEqualTo(2);
    SourceReader.SourceProblem e =
        catchThrowableOfType(SourceReader.SourceProblem.class, () -> r.read(buf, 0, 8));
    assertThat(e.isLimit()).isFalse();
    assertThat(e.getMessage()).isEqualTo("invalid UTF-8: malformed sequence (bytes C3)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void reportsASequenceCutByTheEndAsTruncated() throws IOException {
    SourceReader r = utf8('a', 0xE2, 0x82);
    SourceReader.SourceProblem e =
        catchThrowableOfType(SourceReader.SourceProblem.class, () -> readAll(r, 8));
    assertThat(e.getMessage()).isEqualTo("invalid UTF-8: truncated sequence (bytes E2 82)");
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void closesWhatItReads() throws IOException {
    AtomicBoolean readerClosed = new AtomicBoolean();
    Reader chars =
        new StringReader("x") {
          @Override
          public void close() {
            readerClosed.set(true);
          }
        };
    SourceReader.ofChars(chars, 10).close();
    assertThat(readerClosed).isTrue();

    AtomicBoolean streamClosed = new AtomicBoolean();
    ByteArrayInputStream bytes =
        new ByteArrayInputStream(new byte[] {'x'}) {
          @Override
          public void close() {
            streamClosed.set(true);
          }
        };
    SourceReader.ofUtf8(bytes, 10).close();
    assertThat(streamClosed).isTrue();
  }
}
