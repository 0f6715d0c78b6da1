package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pressroom.Release;

/**
 * The strict reader on arbitrary bytes, with Jazzer.
 *
 * <p>In the normal build ({@code JAZZER_FUZZ} unset) this runs once per file of its seed corpus,
 * {@code src/test/resources/org/pressroom/json/ReaderFuzzTestInputs/readsArbitraryBytes/} (where
 * fixed findings go too). To fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl core test
 * -Dtest=ReaderFuzzTest -Djazzer.max_duration=5m}.
 *
 * <p>Properties, under each of the three unknown-key policies: reading either returns a release or
 * throws a {@link ReadException} (anything else escapes and is a finding); an accepted release
 * written canonically reads back equal, and writing that again gives the same text (a fixed point);
 * valid UTF-8 read as bytes and as a string gives the same outcome: the same release, or the same
 * error word for word at the same place.
 */
class ReaderFuzzTest {
  private static final ReleaseReader[] READERS = {
    ReleaseReader.strict(),
    ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE)),
    ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE)),
  };
  private static final ReleaseWriter WRITER = ReleaseWriter.canonical();

  @FuzzTest(maxDuration = "5m")
  void readsArbitraryBytes(byte[] data) {
    // as bytes, a leading byte order mark is the encoding's signature, not a character of the text
    String text = utf8OrNull(data);
    if (text != null && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (ReleaseReader reader : READERS) {
      Release fromBytes = readOrNull(reader, data);
      if (text != null) {
        assertThat(outcome(reader, text))
            .as("the same UTF-8 read as a string: the same release or the same error")
            .isEqualTo(outcome(reader, data));
      }
      if (fromBytes != null) {
        String written = WRITER.write(fromBytes);
        Release again = reader.read(written);
        assertThat(again).as("read(write(r))").isEqualTo(fromBytes);
        assertThat(WRITER.write(again)).as("writing is a fixed point").isEqualTo(written);
      }
    }
  }

  /**
   * {@return the release, or null when the reader refuses the input with one of its documented
   * exceptions}
   */
  private static Release readOrNull(ReleaseReader reader, byte[] data) {
    try {
      return reader.read(data);
    } catch (ReadException e) {
      assertThat(e.getMessage()).isNotBlank();
      return null;
    }
  }

  /** {@return the release read, or the kind, message, pointer, line and column of the error} */
  private static Object outcome(ReleaseReader reader, Object input) {
    try {
      return input instanceof byte[] ? reader.read((byte[]) input) : reader.read((String) input);
    } catch (ReadException e) {
      return List.of(
          e.getClass().getSimpleName(),
          e.getMessage(),
          String.valueOf(e.pointer()),
          e.line(),
          e.column());
    }
  }

  private static String utf8OrNull(byte[] data) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
