package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Checks that a piece of text is exactly one JSON value (used for preserved unknown values). */
public final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** {@return null when {@code text} is exactly one JSON value, else what is wrong with it} */
  public static @Nullable String problemWith(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
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
