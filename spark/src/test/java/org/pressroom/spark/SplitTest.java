package org.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseWriter;

/** One large NDJSON file read by several tasks. */
class SplitTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @AfterEach
  void reset() {
    spark.conf().unset("spark.sql.files.maxPartitionBytes");
  }

  @Test
  void smallSplitsLoseNoRecordAndReadNoneTwice(@TempDir Path dir) throws IOException {
    // 60 releases of about 6 kB; line ends of every kind and blank lines between them
    List<Release> releases = LocalSpark.numbered(60);
    String[] lines =
        ReleaseWriter.canonical().writeAll(releases, CollectionFormat.NDJSON).split("\n");
    String[] ends = {"\n", "\r\n", "\r", "\n\n", "\r\n \t\r\n"};
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      file.append(lines[i]).append(ends[i % ends.length]);
    }
    Path path = dir.resolve("big.ndjson");
    Files.writeString(path, file, StandardCharsets.UTF_8);
    long size = Files.size(path);
    spark.conf().set("spark.sql.files.maxPartitionBytes", "20000");

    Dataset<Row> df = spark.read().format("pressroom").option("body", "none").load(path.toString());
    int partitions = df.rdd().getNumPartitions();
    List<Row> rows = df.select("title", "_record", "_error").orderBy("_record").collectAsList();

    assertThat(size).isGreaterThan(300_000);
    assertThat(partitions).isGreaterThanOrEqualTo((int) (size / 20000));
    assertThat(rows).hasSize(60);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      expected.add("Release " + i + "@" + i);
      Row r = rows.get(i);
      assertThat(r.isNullAt(2)).as("error of record %d: %s", i, r.get(2)).isTrue();
      actual.add(r.getString(0) + "@" + r.getLong(1));
    }
    assertThat(actual).isEqualTo(expected);
  }
}
