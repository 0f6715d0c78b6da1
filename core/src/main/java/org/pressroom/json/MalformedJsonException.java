package org.pressroom.json;

import org.pressroom.internal.ReadErrors;

/**
 * The input is not well-formed JSON (RFC 8259): a syntax error, an invalid escape, invalid UTF-8,
 * content after the root value or no value at all. (A duplicate key is a {@link SchemaException}:
 * RFC 8259 allows it, the format does not.)
 */
public final class MalformedJsonException extends ReadException {
  private static final long serialVersionUID = 2L;

  MalformedJsonException(ReadErrors.Failure failure) {
    super(failure);
  }
}
