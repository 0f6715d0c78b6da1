package org.pressroom.internal;

import org.jspecify.annotations.Nullable;
import org.pressroom.json.ReadException;

/**
 * Makes the readers' exceptions. Their constructors are not public, so that every {@link
 * ReadException} comes from a read, with the reader's line, column and pointer. {@code
 * org.pressroom.json} hands its factory over when {@code ReadException} is initialised (the pattern
 * of the JDK's shared secrets); html reaches this class through the qualified export.
 */
public final class ReadErrors {
  /** The kind of failure, one per subclass of {@link ReadException}. */
  public enum Kind {
    MALFORMED_JSON,
    SCHEMA,
    LIMIT_EXCEEDED
  }

  /**
   * What a read exception holds.
   *
   * @param kind which subclass
   * @param reason what went wrong, without the location
   * @param pointer the JSON Pointer of the offending value, or null if the error is in no value
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column in characters, or 0 if unknown
   * @param recordIndex the record's index in a collection, or -1
   * @param cause the underlying exception, or null
   */
  public record Failure(
      Kind kind,
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      long recordIndex,
      @Nullable Throwable cause) {}

  /** How {@code org.pressroom.json} makes its exceptions. */
  public interface Factory {
    /** {@return the exception of this failure's kind} */
    ReadException make(Failure failure);

    /**
     * {@return the same error as {@code e}, with its stack trace, placed in record {@code index}}
     */
    ReadException inRecord(ReadException e, long index);
  }

  private static volatile @Nullable Factory factory;

  private ReadErrors() {}

  /**
   * Takes the factory; called once, by {@code ReadException}'s initialisation.
   *
   * @throws IllegalStateException if a factory is installed already
   */
  public static synchronized void install(Factory made) {
    if (factory != null) {
      throw new IllegalStateException("the read exceptions' factory is installed already");
    }
    factory = made;
  }

  /** {@return a read exception of this kind, in no record} */
  public static ReadException of(
      Kind kind,
      String reason,
      @Nullable String pointer,
      int line,
      int column,
      @Nullable Throwable cause) {
    return factory().make(new Failure(kind, reason, pointer, line, column, -1, cause));
  }

  /** {@return the same error as {@code e}, with its stack trace, placed in record {@code index}} */
  public static ReadException inRecord(ReadException e, long index) {
    return factory().inRecord(e, index);
  }

  private static Factory factory() {
    Factory made = factory;
    if (made == null) {
      // ReadException installs the factory in its static initialiser: initialise it here (or wait
      // for the thread that is), and the factory is there.
      try {
        Class.forName(ReadException.class.getName(), true, ReadException.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      made = factory;
      if (made == null) {
        throw new IllegalStateException("ReadException did not install its factory");
      }
    }
    return made;
  }
}
