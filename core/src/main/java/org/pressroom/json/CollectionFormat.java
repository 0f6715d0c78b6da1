package org.pressroom.json;

/** How a collection of releases is laid out in one file or stream. */
public enum CollectionFormat {
  /** One JSON array whose elements are releases. The writer lays it out canonically. */
  JSON_ARRAY,
  /**
   * Newline-delimited JSON: one release per line. The reader skips blank lines; the writer writes
   * each release on one line, with the canonical escaping and no whitespace, each line ended by
   * {@code \n}.
   */
  NDJSON
}
