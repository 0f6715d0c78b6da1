package org.pressroom.spark.internal;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.json.ReleaseReader;

/** Reads the rows of one partition: its slices one after the other. */
final class ReleasePartitionReader implements PartitionReader<InternalRow> {
  private final List<FileSlice> slices;
  private final Configuration conf;
  private final ReadSettings settings;
  private final ReleaseReader reader;
  private final @Nullable BodyParser bodies;
  private final Columns.RowBuilder rows;
  private int nextSlice;
  private @Nullable SliceReader current;
  private UTF8String source = UTF8String.EMPTY_UTF8;
  private @Nullable InternalRow row;

  ReleasePartitionReader(
      List<FileSlice> slices, Configuration conf, ReadSettings settings, StructType schema) {
    this.slices = slices;
    this.conf = conf;
    this.settings = settings;
    this.reader = ReleaseReader.create(settings.readOptions());
    this.bodies = Columns.needsBody(schema) ? BodyParser.create() : null;
    this.rows = new Columns.RowBuilder(schema);
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      SliceReader r = current;
      if (r == null) {
        if (nextSlice == slices.size()) {
          return false;
        }
        FileSlice slice = slices.get(nextSlice++);
        source = UTF8String.fromString(slice.path());
        r = SliceReader.open(slice, conf, reader);
        current = r;
      }
      Item item = r.next();
      if (item == null) {
        current = null;
        r.close();
        continue;
      }
      Release release = item.release();
      if (release != null) {
        Body body = bodies == null ? null : bodies.parse(release);
        row = rows.row(source, item.record(), release, body);
        return true;
      }
      String error = String.valueOf(item.error());
      switch (settings.mode()) {
        case PERMISSIVE:
          row = rows.error(source, item.record(), error);
          return true;
        case DROPMALFORMED:
          continue;
        default:
          throw new MalformedReleaseException(source + ": " + error);
      }
    }
  }

  @Override
  public InternalRow get() {
    InternalRow r = row;
    if (r == null) {
      throw new NoSuchElementException();
    }
    return r;
  }

  @Override
  public void close() throws IOException {
    SliceReader r = current;
    current = null;
    if (r != null) {
      r.close();
    }
  }
}
