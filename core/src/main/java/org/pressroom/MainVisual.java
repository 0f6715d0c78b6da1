package org.pressroom;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.pressroom.internal.Checks;
import org.pressroom.internal.Schema;

/**
 * The main visual of a release ({@code mainvisual} in the JSON): one image in three sizes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param thumbnail the small rendition; an absolute http(s) URI
 * @param large the large rendition; an absolute http(s) URI
 * @param original the original image; an absolute http(s) URI
 * @param unknownKeys keys the format does not define, kept when reading with {@link
 *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
 */
public record MainVisual(URI thumbnail, URI large, URI original, Map<String, String> unknownKeys) {
  /** The JSON keys of a main visual object, in canonical order. */
  public static final List<String> KEYS = Schema.MAIN_VISUAL.names();

  /**
   * Checks and copies the components.
   *
   * @param thumbnail the small rendition; an absolute http(s) URI
   * @param large the large rendition; an absolute http(s) URI
   * @param original the original image; an absolute http(s) URI
   * @param unknownKeys keys the format does not define, kept when reading with {@link
   *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a URI is not an absolute http(s) URI, or an unknown key is
   *     not acceptable
   */
  public MainVisual {
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(thumbnail, "thumbnail")), "thumbnail");
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(large, "large")), "large");
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(original, "original")), "original");
    unknownKeys = Checks.copyUnknown(unknownKeys, KEYS, "mainvisual unknownKeys");
  }

  /**
   * A main visual without unknown keys.
   *
   * @param thumbnail the small rendition
   * @param large the large rendition
   * @param original the original image
   */
  public MainVisual(URI thumbnail, URI large, URI original) {
    this(thumbnail, large, original, Map.of());
  }
}
