package org.pressroom.json;

import org.jspecify.annotations.Nullable;

/**
 * Why the strict reader refused its input, and where: the JSON Pointer of the offending value, the
 * line and column (1-based, counted in characters, also for byte input) and, in a collection, the
 * index of the record.
 *
 * <p>The subclass says what kind of failure it was: {@link MalformedJsonException} (not JSON at
 * all), {@link SchemaException} (JSON, but not a release), {@link LimitExceededException} (beyond a
 * configured limit). The message quotes at most a short snippet of the input.
 */
public abstract sealed class ReadException extends RuntimeException
    permits MalformedJsonException, SchemaException, LimitExceededException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value, or null when the error is in no value. */
  private final @Nullable String pointer;

  /** The 1-based line, or 0 if unknown. */
  private final int line;

  /** The 1-based column in characters, or 0 if unknown. */
  private final int column;

  /** The 0-based index of the record in a collection, or -1 for a single release. */
  private final long recordIndex;

  /** What was expected and what was found, without the location. */
  private final String reason;

  ReadException(
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      long recordIndex,
      @Nullable Throwable cause) {
    super(reason, cause);
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.recordIndex = recordIndex;
  }

  /** The same error as {@code from}, with its stack trace, placed in record {@code recordIndex}. */
  ReadException(ReadException from, long recordIndex) {
    this(from.reason, from.pointer, from.line, from.column, recordIndex, from.getCause());
    setStackTrace(from.getStackTrace());
  }

  /**
   * {@return the JSON Pointer (RFC 6901) of the offending value: {@code ""} for the root, {@code
   * /contacts/0/email} for a field; null when the error is in no value, such as content after the
   * root value}
   */
  public @Nullable String pointer() {
    return pointer;
  }

  /** {@return the 1-based line of the error, or 0 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the error, in characters, or 0 if unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return the 0-based index of the record in a collection, or -1 when reading a single release}
   */
  public long recordIndex() {
    return recordIndex;
  }

  /**
   * {@return what went wrong, without the location, for example {@code expected a string, found the
   * number 5}}
   */
  public String reason() {
    return reason;
  }

  /**
   * {@return the same error, placed in record {@code index} of a collection}
   *
   * @param index the 0-based index of the record
   */
  public abstract ReadException inRecord(long index);

  /**
   * {@return the location and the reason, for example {@code line 4, column 14, at /url: must be an
   * absolute URI}}
   */
  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder();
    if (recordIndex >= 0) {
      sb.append("record ").append(recordIndex).append(", ");
    }
    sb.append("line ").append(line).append(", column ").append(column);
    if (pointer != null) {
      sb.append(", at ").append(pointer.isEmpty() ? "the root" : abbreviate(pointer));
    }
    return sb.append(": ").append(reason).toString();
  }

  /**
   * Keys may be megabytes long and nesting deep: the message keeps the pointer's two ends, {@link
   * #pointer()} all.
   */
  private static String abbreviate(String pointer) {
    int keep = 50;
    if (pointer.length() <= 2 * keep + 3) {
      return pointer;
    }
    int head = Character.isHighSurrogate(pointer.charAt(keep - 1)) ? keep - 1 : keep;
    int tail = pointer.length() - keep;
    if (Character.isLowSurrogate(pointer.charAt(tail))) {
      tail++;
    }
    return pointer.substring(0, head) + "..." + pointer.substring(tail);
  }
}
