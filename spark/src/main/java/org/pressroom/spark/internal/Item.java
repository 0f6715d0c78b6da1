package org.pressroom.spark.internal;

import org.jspecify.annotations.Nullable;
import org.pressroom.Release;

/**
 * One record of a file: a release, or the located message of a malformed record.
 *
 * @param record the record's index in its file, from 0
 * @param release the release, or null for a malformed record
 * @param error the located message, or null for a release
 */
record Item(long record, @Nullable Release release, @Nullable String error) {}
