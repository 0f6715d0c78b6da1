package org.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;
import org.pressroom.json.UnknownKeys;

class WriteTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static List<Path> written(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".ndjson"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Every release in the written files, read with the core reader. */
  private static List<Release> releasesIn(Path dir, ReleaseReader reader) throws IOException {
    List<Release> out = new java.util.ArrayList<>();
    for (Path f : written(dir)) {
      try (Stream<Release> s = reader.stream(f, CollectionFormat.NDJSON)) {
        s.forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void writesCanonicalNdjsonOneFilePerTaskThatReadsBackEqual(@TempDir Path dir) throws IOException {
    List<Release> releases = LocalSpark.numbered(7);
    Path in = dir.resolve("in.ndjson");
    Files.writeString(
        in,
        ReleaseWriter.canonical().writeAll(releases, CollectionFormat.NDJSON),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    Dataset<Row> read = spark.read().format("pressroom").load(in.toString());
    read.repartition(3).write().format("pressroom").save(out.toString());
    Dataset<Row> back = spark.read().format("pressroom").load(out.toString());

    assertThat(written(out)).hasSize(3);
    assertThat(Files.exists(out.resolve("_SUCCESS"))).isTrue();
    // each written line is the core writer's canonical NDJSON of the release
    List<Release> again = releasesIn(out, ReleaseReader.strict());
    assertThat(again).containsExactlyInAnyOrderElementsOf(releases);
    String all =
        written(out).stream()
            .map(
                f -> {
                  try {
                    return Files.readString(f);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .collect(Collectors.joining());
    for (Release r : releases) {
      assertThat(all)
          .contains(ReleaseWriter.canonical().writeAll(List.of(r), CollectionFormat.NDJSON));
    }
    // read back: the same rows, body model included, but for where they came from
    String[] columns =
        Stream.of(read.columns()).filter(c -> !c.startsWith("_")).toArray(String[]::new);
    List<Row> before = byTitle(read.selectExpr(columns).collectAsList());
    List<Row> after = byTitle(back.selectExpr(columns).collectAsList());
    assertThat(after).hasSize(7).isEqualTo(before);
    assertThat(back.filter("_error IS NOT NULL").count()).isZero();
  }

  private static List<Row> byTitle(List<Row> rows) {
    return rows.stream()
        .sorted(java.util.Comparator.comparing((Row r) -> r.<String>getAs("title")))
        .collect(Collectors.toList());
  }

  @Test
  void saveModesAreSparks(@TempDir Path dir) throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, LocalSpark.sampleJson(), StandardCharsets.UTF_8);
    Dataset<Row> one = spark.read().format("pressroom").load(seed.toString());
    Path out = dir.resolve("out");

    one.write().format("pressroom").save(out.toString());
    assertThatThrownBy(() -> one.write().format("pressroom").save(out.toString()))
        .hasMessageContaining("already exists");
    one.write().format("pressroom").mode(SaveMode.Append).save(out.toString());
    long appended = spark.read().format("pressroom").load(out.toString()).count();
    one.write().format("pressroom").mode(SaveMode.Overwrite).save(out.toString());
    long overwritten = spark.read().format("pressroom").load(out.toString()).count();

    assertThat(appended).isEqualTo(2);
    assertThat(overwritten).isEqualTo(1);
  }

  @Test
  void preservedUnknownKeysAreWrittenBack(@TempDir Path dir) throws IOException {
    String json =
        LocalSpark.sampleJson().replaceFirst("\\{", "{\n    \"extra\": {\"a\": [1, null]},");
    Path in = dir.resolve("extra.json");
    Files.writeString(in, json, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ReleaseReader preserving =
        ReleaseReader.create(
            org.pressroom.json.ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));

    spark
        .read()
        .format("pressroom")
        .option("unknownKeys", "preserve")
        .load(in.toString())
        .write()
        .format("pressroom")
        .save(out.toString());

    assertThat(releasesIn(out, preserving)).containsExactly(preserving.read(json));
  }

  @Test
  void aRowReadWithAnErrorIsNotWritten(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\": 1}", StandardCharsets.UTF_8);
    Dataset<Row> rows = spark.read().format("pressroom").load(bad.toString());

    assertThatThrownBy(() -> rows.write().format("pressroom").save(dir.resolve("out").toString()))
        .hasStackTraceContaining("a row read with an error cannot be written")
        .hasStackTraceContaining("line 1, column 11, at /title");
  }

  @Test
  void rowsWithoutTheReleaseColumnsAreRefused(@TempDir Path dir) {
    Dataset<Row> notReleases = spark.range(3).toDF("title");

    assertThatThrownBy(
            () -> notReleases.write().format("pressroom").save(dir.resolve("out").toString()))
        .hasStackTraceContaining("column title: expected string, found bigint");
  }
}
