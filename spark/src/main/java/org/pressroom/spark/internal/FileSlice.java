package org.pressroom.spark.internal;

import java.io.Serializable;

/**
 * A part of one file that one task reads: the whole file, or for NDJSON a byte range whose lines
 * the task reads (the lines that start in it).
 *
 * @param path the file, as a Hadoop path string
 * @param start the first byte
 * @param length the number of bytes
 * @param format the file's layout: {@code NDJSON}, {@code RELEASE}, {@code ARRAY}, or {@code AUTO}
 *     for a file whose first character decides between a release and an array
 * @param compressed whether a Hadoop codec decompresses the file (then it is read whole)
 */
record FileSlice(
    String path, long start, long length, ReadSettings.Format format, boolean compressed)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
