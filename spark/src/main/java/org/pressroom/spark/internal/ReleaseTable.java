package org.pressroom.spark.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The releases under some paths, as a table to read. Writing goes through Spark's file writer (see
 * {@code PressroomDataSource}), so this table has no write capability.
 */
public final class ReleaseTable implements SupportsRead {
  private final List<String> paths;
  private final ReadSettings settings;
  private final Configuration conf;
  private final StructType schema;

  /**
   * Reads the options; the files are listed when a query reads the table (Spark also asks for the
   * table of a path it is about to write).
   *
   * @param options the read options, paths among them
   * @param conf the Hadoop configuration with the options in it
   */
  public ReleaseTable(CaseInsensitiveStringMap options, Configuration conf) {
    this.settings = ReadSettings.of(options);
    this.conf = conf;
    this.schema = Columns.schema(settings);
    this.paths = Planner.paths(options);
  }

  @Override
  public String name() {
    return "pressroom";
  }

  // Table.columns() derives the columns from this; Spark 4 still reads tables through it
  @Override
  @SuppressWarnings("deprecation")
  public StructType schema() {
    return schema;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    List<FileStatus> files = Planner.list(paths, conf);
    return new ReleaseScan(files, settings, conf, schema);
  }
}
