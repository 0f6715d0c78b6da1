package org.pressroom.spark.internal;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/** The scan of a release table: its columns (as a query prunes them), partitions and readers. */
final class ReleaseScan implements ScanBuilder, SupportsPushDownRequiredColumns, Scan, Batch {
  private final List<FileStatus> files;
  private final ReadSettings settings;
  private final Configuration conf;
  private final StructType full;
  private StructType schema;

  ReleaseScan(List<FileStatus> files, ReadSettings settings, Configuration conf, StructType full) {
    this.files = files;
    this.settings = settings;
    this.conf = conf;
    this.full = full;
    this.schema = full;
  }

  @Override
  public void pruneColumns(StructType required) {
    // whole top-level columns only: a struct column is always read whole
    schema = Columns.prune(required, full);
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "pressroom " + settings + ", " + files.size() + " files";
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    SQLConf sql = SQLConf.get();
    int parallelism = SparkSession.active().sparkContext().defaultParallelism();
    Object min = sql.filesMinPartitionNum().getOrElse(() -> parallelism);
    return Planner.partitions(
            files,
            settings.format(),
            conf,
            sql.filesMaxPartitionBytes(),
            sql.filesOpenCostInBytes(),
            (Integer) min)
        .toArray(new InputPartition[0]);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new Factory(new SerializableConf(conf), settings, schema);
  }

  /** Makes the readers on the executors. */
  private static final class Factory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;
    private final SerializableConf conf;
    private final ReadSettings settings;
    private final StructType schema;

    Factory(SerializableConf conf, ReadSettings settings, StructType schema) {
      this.conf = conf;
      this.settings = settings;
      this.schema = schema;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
      return new ReleasePartitionReader(
          ((SlicePartition) partition).slices(), conf.get(), settings, schema);
    }
  }
}
