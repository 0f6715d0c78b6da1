package org.pressroom.json;

/**
 * How strictly and how far the {@link ReleaseReader} reads: what it does with unknown keys, and the
 * limits that bound the work any input can cause.
 *
 * <p>Immutable and thread-safe; change one setting with a {@code withX} method:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE).withMaxDepth(32);
 * }</pre>
 *
 * @param unknownKeys what to do with keys the format does not define; default {@link
 *     UnknownKeys#REJECT}
 * @param maxDocumentLength the largest document, in characters (per record in a collection);
 *     default {@value #DEFAULT_MAX_DOCUMENT_LENGTH} (64 Mi)
 * @param maxDepth the deepest nesting of arrays and objects; default {@value #DEFAULT_MAX_DEPTH} (a
 *     release needs 3)
 * @param maxStringLength the longest string value or key, in characters; default {@value
 *     #DEFAULT_MAX_STRING_LENGTH} (16 Mi, room for the largest real bodies)
 */
public record ReadOptions(
    UnknownKeys unknownKeys, long maxDocumentLength, int maxDepth, int maxStringLength) {
  /** The default {@link #maxDocumentLength()}: 64 Mi characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The default {@link #maxDepth()}: 64 levels. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default {@link #maxStringLength()}: 16 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;

  /** The largest {@link #maxDepth()} accepted, so that no setting can exhaust the stack. */
  public static final int MAX_DEPTH_LIMIT = 1000;

  /**
   * Checks the options.
   *
   * @param unknownKeys what to do with keys the format does not define; default {@link
   *     UnknownKeys#REJECT}
   * @param maxDocumentLength the largest document, in characters (per record in a collection);
   *     default {@value #DEFAULT_MAX_DOCUMENT_LENGTH} (64 Mi)
   * @param maxDepth the deepest nesting of arrays and objects; default {@value #DEFAULT_MAX_DEPTH}
   *     (a release needs 3)
   * @param maxStringLength the longest string value or key, in characters; default {@value
   *     #DEFAULT_MAX_STRING_LENGTH} (16 Mi, room for the largest real bodies)
   * @throws NullPointerException if {@code unknownKeys} is null
   * @throws IllegalArgumentException if a limit is below 1, or {@code maxDepth} is above {@value
   *     #MAX_DEPTH_LIMIT}
   */
  public ReadOptions {
    if (unknownKeys == null) {
      throw new NullPointerException("unknownKeys must not be null");
    }
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be at least 1, not " + maxDocumentLength);
    }
    if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxDepth must be between 1 and " + MAX_DEPTH_LIMIT + ", not " + maxDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException(
          "maxStringLength must be at least 1, not " + maxStringLength);
    }
  }

  /**
   * {@return the defaults: reject unknown keys, 64 Mi characters per document, depth 64, strings of
   * 16 Mi}
   */
  public static ReadOptions defaults() {
    return new ReadOptions(
        UnknownKeys.REJECT,
        DEFAULT_MAX_DOCUMENT_LENGTH,
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_STRING_LENGTH);
  }

  /**
   * {@return these options with another treatment of unknown keys}
   *
   * @param value what to do with unknown keys
   */
  public ReadOptions withUnknownKeys(UnknownKeys value) {
    return new ReadOptions(value, maxDocumentLength, maxDepth, maxStringLength);
  }

  /**
   * {@return these options with another document size limit}
   *
   * @param value the largest document in characters, at least 1
   */
  public ReadOptions withMaxDocumentLength(long value) {
    return new ReadOptions(unknownKeys, value, maxDepth, maxStringLength);
  }

  /**
   * {@return these options with another nesting limit}
   *
   * @param value the deepest nesting, 1 to {@value #MAX_DEPTH_LIMIT}
   */
  public ReadOptions withMaxDepth(int value) {
    return new ReadOptions(unknownKeys, maxDocumentLength, value, maxStringLength);
  }

  /**
   * {@return these options with another string length limit}
   *
   * @param value the longest string in characters, at least 1
   */
  public ReadOptions withMaxStringLength(int value) {
    return new ReadOptions(unknownKeys, maxDocumentLength, maxDepth, value);
  }
}
