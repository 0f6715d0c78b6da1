package org.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseWriter;

/** Malformed records in the three modes of Spark's own JSON source. */
class ModesTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** The seed with a number for its title: line 2 of the file, column 14, at /title. */
  private static Path wrongType(Path dir) throws IOException {
    String json =
        LocalSpark.sampleJson()
            .replace(
                "\"title\": \"From insight to impact: building tomorrow's immunotherapy together\"",
                "\"title\": 42");
    assertThat(json).contains("\"title\": 42");
    Path file = dir.resolve("wrong-type.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("good.json"), LocalSpark.sampleJson(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void permissiveGivesARowWithTheLocatedMessageAndNullColumns(@TempDir Path dir)
      throws IOException {
    wrongType(dir);

    List<Row> rows =
        spark.read().format("pressroom").load(dir.toString()).orderBy("_source").collectAsList();

    assertThat(rows).hasSize(2);
    Row good = rows.get(0);
    Row bad = rows.get(1);
    assertThat(good.<String>getAs("_error")).isNull();
    assertThat(bad.<String>getAs("_source")).endsWith("/wrong-type.json");
    assertThat(bad.<Long>getAs("_record")).isZero();
    assertThat(bad.<String>getAs("_error"))
        .startsWith("line 2, column 14, at /title: ")
        .contains("string");
    for (String column :
        new String[] {"title", "modified_at", "contacts", "body_text", "dateline"}) {
      assertThat(bad.isNullAt(bad.fieldIndex(column))).as(column).isTrue();
    }
  }

  @Test
  void dropMalformedDropsTheRow(@TempDir Path dir) throws IOException {
    wrongType(dir);

    List<Row> rows =
        spark
            .read()
            .format("pressroom")
            .option("mode", "DROPMALFORMED")
            .load(dir.toString())
            .select("_source")
            .collectAsList();

    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.getString(0)).endsWith("/good.json"));
  }

  @Test
  void failFastFailsTheJobWithTheFileAndTheLocatedMessage(@TempDir Path dir) throws IOException {
    Path bad = wrongType(dir);

    assertThatThrownBy(
            () ->
                spark
                    .read()
                    .format("pressroom")
                    .option("mode", "failfast")
                    .load(dir.toString())
                    .collectAsList())
        .hasStackTraceContaining(bad.getFileName() + ": line 2, column 14, at /title: ");
  }

  @Test
  void anNdjsonErrorNamesTheRecordAndTheLineOfTheFile(@TempDir Path dir) throws IOException {
    String[] lines =
        ReleaseWriter.canonical()
            .writeAll(LocalSpark.numbered(3), CollectionFormat.NDJSON)
            .split("\n");
    // record 1 on line 3 (after a blank line) has a number for its title
    String broken = lines[1].replace("\"title\":\"Release 1\"", "\"title\":1");
    assertThat(broken).isNotEqualTo(lines[1]);
    Files.writeString(dir.resolve("r.ndjson"), lines[0] + "\n\n" + broken + "\n" + lines[2] + "\n");

    List<Row> rows =
        spark
            .read()
            .format("pressroom")
            .load(dir.toString())
            .select("title", "_record", "_error")
            .orderBy("_record")
            .collectAsList();

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getString(0)).isEqualTo("Release 0");
    assertThat(rows.get(1).isNullAt(0)).isTrue();
    assertThat(rows.get(1).getLong(1)).isEqualTo(1);
    assertThat(rows.get(1).getString(2)).startsWith("record 1, line 3, column 10, at /title: ");
    assertThat(rows.get(2).getString(0)).isEqualTo("Release 2");
  }

  @Test
  void anArrayEndsAtItsFirstMalformedRecord(@TempDir Path dir) throws IOException {
    String array =
        ReleaseWriter.canonical()
            .writeAll(LocalSpark.numbered(3), CollectionFormat.JSON_ARRAY)
            .replace("\"title\": \"Release 1\"", "\"title\": true");
    Files.writeString(dir.resolve("a.json"), array);

    List<Row> rows =
        spark
            .read()
            .format("pressroom")
            .load(dir.toString())
            .select("title", "_record", "_error")
            .orderBy("_record")
            .collectAsList();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getString(0)).isEqualTo("Release 0");
    assertThat(rows.get(1).getLong(1)).isEqualTo(1);
    assertThat(rows.get(1).getString(2)).startsWith("record 1, line ").contains("/title");
  }
}
