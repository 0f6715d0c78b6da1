package org.pressroom.spark.internal;

import java.util.List;
import org.apache.spark.sql.connector.read.InputPartition;

/**
 * The slices one task reads, in order.
 *
 * @param slices the slices
 */
record SlicePartition(List<FileSlice> slices) implements InputPartition {
  private static final long serialVersionUID = 1L;

  SlicePartition {
    slices = List.copyOf(slices);
  }
}
