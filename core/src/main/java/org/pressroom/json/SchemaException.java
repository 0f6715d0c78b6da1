package org.pressroom.json;

import org.jspecify.annotations.Nullable;

/**
 * The input is JSON but not a release of format version 5: a missing, unknown or duplicated key, a
 * wrong JSON type, a null where none is allowed, or a value that breaks a rule (timestamp, URI,
 * culture, version).
 */
public final class SchemaException extends ReadException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param reason what went wrong, without the location
   * @param pointer the JSON Pointer of the offending value, or null if the error is in no value
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column in characters, or 0 if unknown
   * @param recordIndex the record's index in a collection, or -1
   * @param cause the underlying exception, or null
   */
  public SchemaException(
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      long recordIndex,
      @Nullable Throwable cause) {
    super(reason, pointer, line, column, recordIndex, cause);
  }

  private SchemaException(SchemaException from, long recordIndex) {
    super(from, recordIndex);
  }

  @Override
  public SchemaException inRecord(long index) {
    return new SchemaException(this, index);
  }
}
