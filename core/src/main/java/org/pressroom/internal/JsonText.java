package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a piece of text is exactly one JSON value (used for preserved unknown values), and
 * parses it for the writer.
 *
 * <p>Strict RFC 8259 (jackson-core's defaults: no comments, single quotes, NaN, leading zeros or
 * raw control characters), and duplicate keys in an object are refused, as the strict reader
 * refuses them. Nesting is bounded by {@link #MAX_DEPTH} (jackson-core counts it without recursion,
 * and {@code skipChildren} is iterative). Strings and numbers are not bounded here: the text is
 * already in memory, and the reader bounds what it preserves.
 */
public final class JsonText {
  /**
   * The deepest nesting accepted in a preserved value: the reader's largest possible depth limit.
   */
  public static final int MAX_DEPTH = 1000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private JsonText() {}

  /** {@return a parser over the text, with this class's rules} */
  static JsonParser parser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  /** {@return null when {@code text} is exactly one JSON value, else what is wrong with it} */
  public static @Nullable String problemWith(String text) {
    try (JsonParser p = parser(text)) {
      if (p.nextToken() == null) {
        return "must be a JSON value, found nothing";
      }
      p.skipChildren();
      if (p.nextToken() != null) {
        return "must be a single JSON value";
      }
      return null;
    } catch (JsonProcessingException e) {
      return "must be valid JSON (" + e.getOriginalMessage() + ")";
    } catch (IOException e) {
      return "must be valid JSON (" + e.getMessage() + ")";
    }
  }
}
