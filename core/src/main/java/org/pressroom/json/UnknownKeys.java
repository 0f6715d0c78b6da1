package org.pressroom.json;

/**
 * What the reader does with a key the format does not define, in the release or in any of its
 * objects.
 */
public enum UnknownKeys {
  /** Refuse the release with a {@link SchemaException} at the unknown key (the default). */
  REJECT,
  /** Skip the key and its value (the value must still be well-formed JSON). */
  IGNORE,
  /**
   * Keep the key and its value, in order, in the record's {@code unknownKeys}; the writer writes
   * them back after the format's own keys.
   */
  PRESERVE
}
