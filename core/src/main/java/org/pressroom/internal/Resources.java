package org.pressroom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text resources shipped in the jars (the JSON Schemas). */
public final class Resources {
  private Resources() {}

  /**
   * Reads a resource of the module (or class path entry) that holds {@code owner}.
   *
   * @throws IllegalStateException if the resource is missing, which is a packaging defect
   */
  public static String text(Class<?> owner, String absoluteName) {
    try (InputStream in = owner.getResourceAsStream(absoluteName)) {
      if (in == null) {
        throw new IllegalStateException("resource " + absoluteName + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
