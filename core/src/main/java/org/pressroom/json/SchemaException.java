package org.pressroom.json;

import org.pressroom.internal.ReadErrors;

/**
 * The input is JSON but not a release of format version 5: a missing, unknown or duplicated key, a
 * wrong JSON type, a null where none is allowed, or a value that breaks a rule (timestamp, URI,
 * culture, version).
 */
public final class SchemaException extends ReadException {
  private static final long serialVersionUID = 2L;

  SchemaException(ReadErrors.Failure failure) {
    super(failure);
  }
}
