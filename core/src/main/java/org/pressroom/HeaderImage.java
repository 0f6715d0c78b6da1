package org.pressroom;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.pressroom.internal.Checks;
import org.pressroom.internal.Schema;

/**
 * The header image of a release ({@code header} in the JSON).
 *
 * <p>Immutable and thread-safe.
 *
 * @param large the large rendition; an absolute http(s) URI
 * @param release the rendition shown on the release page; an absolute http(s) URI
 * @param unknownKeys keys the format does not define, kept when reading with {@link
 *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
 */
public record HeaderImage(URI large, URI release, Map<String, String> unknownKeys) {
  /** The JSON keys of a header object, in canonical order. */
  public static final List<String> KEYS = Schema.HEADER.names();

  /**
   * Checks and copies the components.
   *
   * @param large the large rendition; an absolute http(s) URI
   * @param release the rendition shown on the release page; an absolute http(s) URI
   * @param unknownKeys keys the format does not define, kept when reading with {@link
   *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a URI is not an absolute http(s) URI, or an unknown key is
   *     not acceptable
   */
  public HeaderImage {
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(large, "large")), "large");
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(release, "release")), "release");
    unknownKeys = Checks.copyUnknown(unknownKeys, KEYS, "header unknownKeys");
  }

  /**
   * A header image without unknown keys.
   *
   * @param large the large rendition
   * @param release the rendition shown on the release page
   */
  public HeaderImage(URI large, URI release) {
    this(large, release, Map.of());
  }
}
