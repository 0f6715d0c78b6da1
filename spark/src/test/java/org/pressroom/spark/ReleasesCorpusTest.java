package org.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Dateline;
import org.pressroom.json.ReleaseReader;

/**
 * The real releases of the shared corpus read as one DataFrame, written with the data source and
 * read back. Runs in the corpus profile, which sets the system property {@code pressroom.corpus}.
 */
class ReleasesCorpusTest {
  private static SparkSession spark;
  private static final Map<String, Row> ROWS = new HashMap<>();
  private static final Map<String, Long> WRITTEN_TITLES = new HashMap<>();

  static Stream<Path> releases() throws IOException {
    String dir = System.getProperty("pressroom.corpus");
    assertThat(dir).as("system property pressroom.corpus (set by the corpus profile)").isNotBlank();
    try (Stream<Path> files = Files.list(Path.of(dir, "releases"))) {
      List<Path> list =
          files
              .filter(f -> f.getFileName().toString().endsWith(".release.json"))
              .sorted()
              .collect(Collectors.toList());
      assertThat(list).as("the corpus releases").hasSize(25);
      return list.stream();
    }
  }

  @BeforeAll
  static void readAll(@TempDir Path out) throws IOException {
    spark = LocalSpark.session();
    String[] files = releases().map(Path::toString).toArray(String[]::new);
    List<Row> rows =
        spark
            .read()
            .format("pressroom")
            .load(files)
            .select(
                "title",
                "published_at",
                "contacts",
                "body_text",
                "dateline",
                "_error",
                "_source",
                "roles")
            .collectAsList();
    for (Row r : rows) {
      String name = r.getString(6).substring(r.getString(6).lastIndexOf('/') + 1);
      assertThat(ROWS.put(name, r)).as("a second row for %s", name).isNull();
    }
    Path written = out.resolve("written");
    spark
        .read()
        .format("pressroom")
        .load(files)
        .write()
        .format("pressroom")
        .save(written.toString());
    for (Row r :
        spark
            .read()
            .format("pressroom")
            .load(written.toString())
            .select("title", "_error")
            .collectAsList()) {
      assertThat(r.isNullAt(1)).as("error reading back: %s", r.get(1)).isTrue();
      WRITTEN_TITLES.merge(r.getString(0), 1L, Long::sum);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("releases")
  void oneRowPerFileWithTheBodyModelTheParserFinds(Path file) throws IOException {
    Release release = ReleaseReader.strict().read(file);
    Body body = BodyParser.create().parse(release);

    Row row = ROWS.get(file.getFileName().toString());

    assertThat(row).as("the row of %s", file.getFileName()).isNotNull();
    assertThat(row.<String>getAs("_error")).isNull();
    assertThat(row.<String>getAs("title")).isEqualTo(release.title());
    assertThat(row.<java.time.LocalDateTime>getAs("published_at")).isEqualTo(release.publishedAt());
    assertThat(row.getList(row.fieldIndex("contacts"))).hasSize(release.contacts().size());
    assertThat(row.<String>getAs("body_text")).isEqualTo(body.text());
    Dateline dateline = body.dateline();
    Row column = row.getAs("dateline");
    if (dateline == null) {
      assertThat(column).isNull();
    } else {
      assertThat(column.<String>getAs("location")).isEqualTo(dateline.location());
      assertThat(column.<String>getAs("text")).isEqualTo(dateline.text());
    }
    assertThat(row.getList(row.fieldIndex("roles")))
        .isEqualTo(
            body.roles().stream()
                .map(org.pressroom.html.Role::jsonName)
                .collect(Collectors.toList()));
    // written with format("pressroom") and read back: the same title, as often as it was read
    long sameTitle =
        ROWS.values().stream().filter(r -> release.title().equals(r.getString(0))).count();
    assertThat(WRITTEN_TITLES.get(release.title())).isEqualTo(sameTitle);
  }

  @Test
  void aRealReleaseWithAWrongTypeIsALocatedErrorOrAFailedJob(@TempDir Path dir) throws IOException {
    Path source = releases().findFirst().orElseThrow();
    String json = Files.readString(source, StandardCharsets.UTF_8);
    String broken =
        json.replaceFirst("\"published_at\": *\"[^\"]*\"", "\"published_at\": 20191203");
    assertThat(broken).as("published_at replaced").isNotEqualTo(json);
    Path bad = dir.resolve("wrong-type.json");
    Files.writeString(bad, broken, StandardCharsets.UTF_8);

    Row row = spark.read().format("pressroom").load(bad.toString()).first();

    assertThat(row.<String>getAs("_error")).matches("line \\d+, column \\d+, at /published_at: .*");
    assertThat(row.<String>getAs("title")).isNull();
    assertThatThrownBy(
            () ->
                spark
                    .read()
                    .format("pressroom")
                    .option("mode", "FAILFAST")
                    .load(bad.toString())
                    .collectAsList())
        .hasStackTraceContaining("wrong-type.json: line ")
        .hasStackTraceContaining("at /published_at");
  }
}
