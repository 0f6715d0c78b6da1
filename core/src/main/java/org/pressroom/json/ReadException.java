package org.pressroom.json;

import org.jspecify.annotations.Nullable;
import org.pressroom.internal.ReadErrors;

/**
 * Why the strict reader refused its input, and where: the JSON Pointer of the offending value, the
 * line and column (1-based, counted in characters, also for byte input) and, in a collection, the
 * index of the record.
 *
 * <p>The subclass says what kind of failure it was: {@link MalformedJsonException} (not JSON at
 * all), {@link SchemaException} (JSON, but not a release), {@link LimitExceededException} (beyond a
 * configured limit). The message quotes at most a short snippet of the input.
 *
 * <p>Only the readers make these exceptions (they have no public constructor), so the line, column
 * and pointer of one are always a reader's. To have one in a test, read an input that fails.
 */
public abstract sealed class ReadException extends RuntimeException
    permits MalformedJsonException, SchemaException, LimitExceededException {
  private static final long serialVersionUID = 2L;

  static {
    ReadErrors.install(new Maker());
  }

  /** Which subclass this is, so that a copy in a record is of the same kind. */
  private final ReadErrors.Kind kind;

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

  ReadException(ReadErrors.Failure failure) {
    super(failure.reason(), failure.cause());
    this.kind = failure.kind();
    this.reason = failure.reason();
    this.pointer = failure.pointer();
    this.line = failure.line();
    this.column = failure.column();
    this.recordIndex = failure.recordIndex();
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

  /** Makes the exceptions for the readers, which hold no public constructor. */
  private static final class Maker implements ReadErrors.Factory {
    @Override
    public ReadException make(ReadErrors.Failure failure) {
      return switch (failure.kind()) {
        case MALFORMED_JSON -> new MalformedJsonException(failure);
        case SCHEMA -> new SchemaException(failure);
        case LIMIT_EXCEEDED -> new LimitExceededException(failure);
      };
    }

    @Override
    public ReadException inRecord(ReadException e, long index) {
      ReadException copy =
          make(
              new ReadErrors.Failure(
                  e.kind, e.reason, e.pointer, e.line, e.column, index, e.getCause()));
      copy.setStackTrace(e.getStackTrace());
      return copy;
    }
  }
}
