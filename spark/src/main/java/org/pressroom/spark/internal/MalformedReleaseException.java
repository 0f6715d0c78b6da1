package org.pressroom.spark.internal;

/** A malformed record in mode {@code FAILFAST}: the message names the file and the place in it. */
public final class MalformedReleaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedReleaseException(String message) {
    super(message);
  }
}
