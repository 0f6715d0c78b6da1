package org.pressroom.spark;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.mapreduce.Job;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.execution.datasources.FileFormat;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.pressroom.spark.internal.Columns;
import org.pressroom.spark.internal.ReadSettings;
import org.pressroom.spark.internal.ReleaseOutput;
import org.pressroom.spark.internal.ReleaseTable;
import scala.Option;
import scala.collection.immutable.Seq;

/**
 * The Spark SQL data source {@code pressroom}: reads release files (single releases, JSON arrays,
 * NDJSON) into typed rows with the body model of each release, and writes rows as canonical NDJSON.
 *
 * <pre>{@code
 * Dataset<Row> releases = spark.read().format("pressroom").load("s3a://bucket/releases/");
 * releases.filter("_error IS NULL").write().format("pressroom").save("out/");
 * }</pre>
 *
 * <p>Reading is a DataSource V2 table; writing goes through Spark's file writer (as a {@link
 * FileFormat}), so that save modes, one file per task and the commit protocol are Spark's own.
 * Spark finds the source by its short name through {@link DataSourceRegister}; users do not call
 * this class. Instances hold no state.
 */
public final class PressroomDataSource implements TableProvider, DataSourceRegister, FileFormat {

  /** The short name, {@code format("pressroom")}. */
  public static final String SHORT_NAME = "pressroom";

  /** Creates the data source (Spark does, through the service loader). */
  public PressroomDataSource() {}

  /** {@return the short name of the data source}, {@value #SHORT_NAME} */
  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /**
   * {@return the columns the read options give}: they do not depend on the files
   *
   * @param options the read options
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return Columns.schema(ReadSettings.of(options));
  }

  /**
   * {@return the table of the releases under the paths of the options}
   *
   * @param schema the schema of {@link #inferSchema(CaseInsensitiveStringMap)}
   * @param partitioning not used: the source has no partitions
   * @param properties the read options, paths among them
   */
  @Override
  public Table getTable(
      StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new ReleaseTable(new CaseInsensitiveStringMap(properties), hadoopConf(properties));
  }

  /**
   * {@return the columns the options give}, for Spark's file machinery
   *
   * @param session the session
   * @param options the options
   * @param files the files
   */
  @Override
  public Option<StructType> inferSchema(
      SparkSession session,
      scala.collection.immutable.Map<String, String> options,
      Seq<FileStatus> files) {
    return Option.apply(
        Columns.schema(ReadSettings.of(scala.jdk.javaapi.CollectionConverters.asJava(options))));
  }

  /**
   * {@return the writer of canonical NDJSON files for rows of this schema}
   *
   * @param session the session
   * @param job the Hadoop job
   * @param options the write options (none is read)
   * @param dataSchema the schema of the rows to write
   * @throws IllegalArgumentException if the rows lack a release column or have one of another type
   */
  @Override
  public OutputWriterFactory prepareWrite(
      SparkSession session,
      Job job,
      scala.collection.immutable.Map<String, String> options,
      StructType dataSchema) {
    return new ReleaseOutput(dataSchema);
  }

  /** {@return the short name} */
  @Override
  public String toString() {
    return SHORT_NAME;
  }

  private static Configuration hadoopConf(Map<String, String> options) {
    SparkSession session = SparkSession.active();
    Configuration conf;
    if (session instanceof org.apache.spark.sql.classic.SparkSession classic) {
      conf = classic.sessionState().newHadoopConf();
    } else {
      conf = new Configuration(session.sparkContext().hadoopConfiguration());
    }
    for (Map.Entry<String, String> e : options.entrySet()) {
      String key = e.getKey();
      if (!key.equalsIgnoreCase("path") && !key.equalsIgnoreCase("paths")) {
        conf.set(key, e.getValue());
      }
    }
    return conf;
  }
}
