/**
 * Pressroom on Apache Spark: a Spark SQL data source, {@code spark.read().format("pressroom")},
 * that reads release archives into typed rows with their body model, and writes rows back as
 * canonical NDJSON.
 */
@NullMarked
package org.pressroom.spark;

import org.jspecify.annotations.NullMarked;
