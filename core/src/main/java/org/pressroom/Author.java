package org.pressroom;

import java.util.List;
import java.util.Map;
import org.pressroom.internal.Checks;
import org.pressroom.internal.Schema;

/**
 * The author of a release ({@code author} in the JSON).
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstName {@code first_name}; may be empty, never null
 * @param lastName {@code last_name}; may be empty, never null
 * @param unknownKeys keys the format does not define, kept when reading with {@link
 *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
 */
public record Author(String firstName, String lastName, Map<String, String> unknownKeys) {
  /** The JSON keys of an author object, in canonical order. */
  public static final List<String> KEYS = Schema.AUTHOR.names();

  /**
   * Checks and copies the components.
   *
   * @param firstName {@code first_name}; may be empty, never null
   * @param lastName {@code last_name}; may be empty, never null
   * @param unknownKeys keys the format does not define, kept when reading with {@link
   *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if an unknown key is a key of the format or its value is not
   *     one JSON value
   */
  public Author {
    Checks.notNull(firstName, "firstName");
    Checks.notNull(lastName, "lastName");
    unknownKeys = Checks.copyUnknown(unknownKeys, KEYS, "author unknownKeys");
  }

  /**
   * An author without unknown keys.
   *
   * @param firstName the first name
   * @param lastName the last name
   */
  public Author(String firstName, String lastName) {
    this(firstName, lastName, Map.of());
  }
}
