package org.pressroom.json;

import org.jspecify.annotations.Nullable;

/**
 * The input is not well-formed JSON (RFC 8259): a syntax error, an invalid escape, invalid UTF-8,
 * content after the root value or no value at all. (A duplicate key is a {@link SchemaException}:
 * RFC 8259 allows it, the format does not.)
 */
public final class MalformedJsonException extends ReadException {
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
  public MalformedJsonException(
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      long recordIndex,
      @Nullable Throwable cause) {
    super(reason, pointer, line, column, recordIndex, cause);
  }

  private MalformedJsonException(MalformedJsonException from, long recordIndex) {
    super(from, recordIndex);
  }

  @Override
  public MalformedJsonException inRecord(long index) {
    return new MalformedJsonException(this, index);
  }
}
