package org.pressroom.json;

import org.pressroom.internal.ReadErrors;

/**
 * The input goes beyond a limit of {@link ReadOptions}: document size, nesting depth or string
 * length. The message names the option to raise.
 */
public final class LimitExceededException extends ReadException {
  private static final long serialVersionUID = 2L;

  LimitExceededException(ReadErrors.Failure failure) {
    super(failure);
  }
}
