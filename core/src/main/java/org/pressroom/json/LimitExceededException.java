package org.pressroom.json;

import org.jspecify.annotations.Nullable;

/**
 * The input goes beyond a limit of {@link ReadOptions}: document size, nesting depth or string
 * length. The message names the option to raise.
 */
public final class LimitExceededException extends ReadException {
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
  public LimitExceededException(
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      long recordIndex,
      @Nullable Throwable cause) {
    super(reason, pointer, line, column, recordIndex, cause);
  }

  private LimitExceededException(LimitExceededException from, long recordIndex) {
    super(from, recordIndex);
  }

  @Override
  public LimitExceededException inRecord(long index) {
    return new LimitExceededException(this, index);
  }
}
