/** The data source's implementation: options, columns, file slices, readers and writers. */
@NullMarked
package org.pressroom.spark.internal;

import org.jspecify.annotations.NullMarked;
