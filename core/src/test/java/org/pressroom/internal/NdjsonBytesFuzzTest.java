package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;

/**
 * NDJSON bytes split into lines before decoding against decoding first, on arbitrary bytes, with
 * Jazzer: both give the same releases and the same error, at the same place.
 *
 * <p>In the normal build this runs once per file of its seed corpus, {@code
 * src/test/resources/org/pressroom/internal/NdjsonBytesFuzzTestInputs/readsAsDecodedFirst/}. To
 * fuzz for real: {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Dtest=NdjsonBytesFuzzTest
 * -Djazzer.max_duration=5m}.
 */
class NdjsonBytesFuzzTest {
  /** The default limits, and a document limit small enough for lines to pass it. */
  private static final ReleaseParser[] PARSERS = {
    new ReleaseParser(ReadOptions.defaults()),
    new ReleaseParser(ReadOptions.defaults().withMaxDocumentLength(64)),
  };

  @FuzzTest(maxDuration = "5m")
  void readsAsDecodedFirst(byte[] data) throws IOException {
    for (ReleaseParser parser : PARSERS) {
      SourceReader decoded = SourceReader.ofUtf8(new ByteArrayInputStream(data), Long.MAX_VALUE);
      List<Object> expected = outcomes(CollectionIterator.ndjson(parser, decoded));
      List<Object> actual =
          outcomes(CollectionIterator.ndjson(parser, new ByteArrayInputStream(data)));
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** The releases read, then {@code "end"} or the error that ended the iteration. */
  private static List<Object> outcomes(CollectionIterator it) throws IOException {
    List<Object> out = new ArrayList<>();
    try (it) {
      while (it.hasNext()) {
        out.add(it.next());
      }
      out.add("end");
    } catch (ReadException e) {
      out.add(
          List.of(
              e.getClass().getSimpleName(),
              e.getMessage(),
              String.valueOf(e.pointer()),
              e.line(),
              e.column(),
              e.recordIndex()));
    }
    return out;
  }
}
