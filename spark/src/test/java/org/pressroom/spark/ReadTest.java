package org.pressroom.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseWriter;

class ReadTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> read(Path path) {
    return spark.read().format("pressroom").load(path.toString());
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String ndjson(List<Release> releases) {
    return ReleaseWriter.canonical().writeAll(releases, CollectionFormat.NDJSON);
  }

  @Test
  void readsOneReleaseWithItsBodyModel(@TempDir Path dir) throws IOException {
    Path file = write(dir, "seed.json", LocalSpark.sampleJson());

    List<Row> rows = read(file).collectAsList();

    assertThat(rows).hasSize(1);
    Row r = rows.get(0);
    assertThat(r.<String>getAs("title"))
        .isEqualTo("From insight to impact: building tomorrow's immunotherapy together");
    assertThat(r.<LocalDateTime>getAs("modified_at"))
        .isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 26, 21));
    assertThat(r.<LocalDateTime>getAs("published_at"))
        .isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 29, 0));
    assertThat(r.<String>getAs("short_url")).isEqualTo("http://prez.ly/jzId");
    assertThat(r.<String>getAs("culture")).isEqualTo("en");
    assertThat(r.<String>getAs("language")).isEqualTo("EN");
    assertThat(r.<Integer>getAs("format_version")).isEqualTo(5);
    Release seed = LocalSpark.sample();
    List<Row> contacts = r.getList(r.fieldIndex("contacts"));
    assertThat(contacts).hasSize(seed.contacts().size());
    assertThat(contacts.get(0).<String>getAs("name")).isEqualTo(seed.contacts().get(0).name());
    assertThat(contacts.get(0).<String>getAs("email")).isEqualTo(seed.contacts().get(0).email());

    assertThat(r.<String>getAs("body_text")).startsWith("BRUSSELS, 8 June 2026 - To mark");
    assertThat(r.<Integer>getAs("body_word_count")).isGreaterThan(300);
    Row dateline = r.getAs("dateline");
    assertThat(dateline.<String>getAs("location")).isEqualTo("BRUSSELS");
    // a DATE comes back as java.sql.Date unless spark.sql.datetime.java8API.enabled is set
    assertThat(dateline.<java.sql.Date>getAs("date").toLocalDate())
        .isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(dateline.<String>getAs("text")).isEqualTo("BRUSSELS, 8 June 2026");
    List<Row> headings = r.getList(r.fieldIndex("headings"));
    assertThat(headings.stream().map(h -> h.<String>getAs("text")))
        .containsExactly(
            "Brussels innovation with 'nanobodies'",
            "Local treatment of brain tumours",
            "Financial and logistical barriers");
    assertThat(headings)
        .allSatisfy(
            h -> {
              assertThat(h.<Integer>getAs("level")).isEqualTo(2);
              assertThat(h.<Boolean>getAs("inferred")).isTrue();
            });
    List<Row> bodyContacts = r.getList(r.fieldIndex("body_contacts"));
    assertThat(bodyContacts.stream().map(c -> c.<String>getAs("name")))
        .containsExactly("Dr Isabelle Houbracken", seed.contacts().get(0).name());
    assertThat(bodyContacts.stream().map(c -> c.<String>getAs("origin")))
        .containsExactly("text", "card");
    List<Row> links = r.getList(r.fieldIndex("links"));
    assertThat(links).hasSize(5);
    assertThat(links.get(2).<String>getAs("href")).isEqualTo("mailto:koen.stein@vub.be");
    assertThat(links.get(2).<String>getAs("kind")).isEqualTo("email");
    assertThat(links.get(3).<String>getAs("href")).isEqualTo("tel:+32 (0)471517909");
    assertThat(links.get(3).<String>getAs("kind")).isEqualTo("phone");

    // one role per top-level block (16 for the seed), as Body.roles() gives them
    List<String> roles = r.getList(r.fieldIndex("roles"));
    org.pressroom.html.Body body = org.pressroom.html.BodyParser.create().parse(seed);
    assertThat(roles)
        .hasSize(body.blocks().size())
        .isEqualTo(
            body.roles().stream()
                .map(org.pressroom.html.Role::jsonName)
                .collect(Collectors.toList()));
    assertThat(roles.get(0)).isEqualTo("lead");
    assertThat(r.<String>getAs("_source")).endsWith("/seed.json");
    assertThat(r.<Long>getAs("_record")).isZero();
    assertThat(r.<String>getAs("_error")).isNull();
  }

  @Test
  void schemaHasTheReleaseKeysTheBodyModelAndTheRecordColumns(@TempDir Path dir)
      throws IOException {
    Path file = write(dir, "seed.json", LocalSpark.sampleJson());

    StructType schema = read(file).schema();

    assertThat(schema.fieldNames())
        .containsExactly(
            "title",
            "modified_at",
            "published_at",
            "url",
            "short_url",
            "culture",
            "language",
            "subtitle",
            "slug",
            "body",
            "mainvisual",
            "header",
            "contacts",
            "author",
            "format_version",
            "body_text",
            "body_word_count",
            "dateline",
            "headings",
            "body_contacts",
            "links",
            "roles",
            "_source",
            "_record",
            "_error");
    assertThat(schema.apply("modified_at").dataType()).isEqualTo(DataTypes.TimestampNTZType);
    assertThat(schema.apply("published_at").dataType()).isEqualTo(DataTypes.TimestampNTZType);
    assertThat(schema.apply("contacts").dataType().catalogString())
        .isEqualTo(
            "array<struct<name:string,company:string,description:string,email:string,"
                + "website:string,address:string,telephone:string,mobile:string,"
                + "twitter:string,facebook:string>>");
    assertThat(schema.apply("mainvisual").dataType().catalogString())
        .isEqualTo("struct<thumbnail:string,large:string,original:string>");
    assertThat(schema.apply("header").dataType().catalogString())
        .isEqualTo("struct<large:string,release:string>");
    assertThat(schema.apply("author").dataType().catalogString())
        .isEqualTo("struct<first_name:string,last_name:string>");
    assertThat(schema.apply("dateline").dataType().catalogString())
        .isEqualTo("struct<location:string,date:date,text:string>");
    assertThat(schema.apply("_record").dataType()).isEqualTo(DataTypes.LongType);
    assertThat(schema.apply("roles").dataType().catalogString()).isEqualTo("array<string>");
  }

  @Test
  void bodyNoneLeavesTheBodyModelOut(@TempDir Path dir) throws IOException {
    Path file = write(dir, "seed.json", LocalSpark.sampleJson());

    Dataset<Row> df = spark.read().format("pressroom").option("body", "none").load(file.toString());

    assertThat(df.schema().fieldNames())
        .doesNotContain("body_text", "dateline", "headings", "links", "body_contacts")
        .contains("body", "_error");
    assertThat(df.collectAsList()).hasSize(1);
  }

  @Test
  void readsAnArrayWithTheIndexOfEachRecord(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "three.json",
            ReleaseWriter.canonical()
                .writeAll(LocalSpark.numbered(3), CollectionFormat.JSON_ARRAY));

    List<Row> rows = read(file).select("title", "_record").orderBy("_record").collectAsList();

    assertThat(rows.stream().map(r -> r.getString(0) + "@" + r.getLong(1)))
        .containsExactly("Release 0@0", "Release 1@1", "Release 2@2");
  }

  @Test
  void readsNdjsonSkippingBlankLinesInTheRecordIndex(@TempDir Path dir) throws IOException {
    List<Release> releases = LocalSpark.numbered(3);
    String[] lines = ndjson(releases).split("\n");
    Path file = write(dir, "r.ndjson", lines[0] + "\n\n  \r\n" + lines[1] + "\r\n" + lines[2]);

    List<Row> rows = read(file).select("title", "_record").orderBy("_record").collectAsList();

    assertThat(rows.stream().map(r -> r.getString(0) + "@" + r.getLong(1)))
        .containsExactly("Release 0@0", "Release 1@1", "Release 2@2");
  }

  @Test
  void formatOptionReadsNdjsonUnderAnyName(@TempDir Path dir) throws IOException {
    Path file = write(dir, "lines.json", ndjson(LocalSpark.numbered(2)));

    Dataset<Row> auto = read(file);
    Dataset<Row> ndjson =
        spark.read().format("pressroom").option("format", "ndjson").load(file.toString());

    // by its name and first character the file is one release, with more after it: an error
    assertThat(auto.select("_error").collectAsList())
        .singleElement()
        .satisfies(r -> assertThat(r.getString(0)).contains("line 2"));
    assertThat(ndjson.filter("_error IS NULL").count()).isEqualTo(2);
  }

  @Test
  void readsDirectoriesAndGlobsAsSparkFileSourcesDo(@TempDir Path dir) throws IOException {
    List<Release> five = LocalSpark.numbered(5);
    write(dir, "a.json", ReleaseWriter.canonical().write(five.get(0)));
    write(dir, "sub/b.jsonl", ndjson(five.subList(1, 3)));
    write(
        dir,
        "sub/deeper/c.json",
        ReleaseWriter.canonical().writeAll(five.subList(3, 5), CollectionFormat.JSON_ARRAY));
    write(dir, "_SUCCESS", "");
    write(dir, ".a.json.crc", "not a release");

    List<String> all =
        read(dir).select("title").collectAsList().stream()
            .map(r -> r.getString(0))
            .sorted()
            .collect(Collectors.toList());
    long globbed =
        spark.read().format("pressroom").load(dir.resolve("sub/*.jsonl").toString()).count();
    long twoPaths =
        spark
            .read()
            .format("pressroom")
            .load(dir.resolve("a.json").toString(), dir.resolve("sub/b.jsonl").toString())
            .count();

    assertThat(all)
        .containsExactly("Release 0", "Release 1", "Release 2", "Release 3", "Release 4");
    assertThat(globbed).isEqualTo(2);
    assertThat(twoPaths).isEqualTo(3);
  }

  @Test
  void unknownKeysFollowTheReaderOption(@TempDir Path dir) throws IOException {
    String json = LocalSpark.sampleJson().replaceFirst("\\{", "{\n    \"extra\": [1, 2],");
    Path file = write(dir, "extra.json", json);

    Row rejected = read(file).select("title", "_error").first();
    Row ignored =
        spark
            .read()
            .format("pressroom")
            .option("unknownKeys", "ignore")
            .load(file.toString())
            .select("title", "_error")
            .first();
    Dataset<Row> preserved =
        spark.read().format("pressroom").option("unknownKeys", "PRESERVE").load(file.toString());

    assertThat(rejected.isNullAt(0)).isTrue();
    assertThat(rejected.getString(1)).contains("extra");
    assertThat(ignored.isNullAt(1)).isTrue();
    assertThat(ignored.getString(0)).startsWith("From insight to impact");
    assertThat(preserved.schema().fieldNames()).contains("unknown_keys");
    assertThat(
            preserved
                .first()
                .<scala.collection.Map<String, String>>getAs("unknown_keys")
                .get("extra")
                .get())
        .isEqualTo("[1,2]");
  }

  @Test
  void badOptionValuesFailAtLoadAndMissingPathsAtTheFirstQuery(@TempDir Path dir) {
    assertThatThrownBy(
            () -> spark.read().format("pressroom").option("mode", "lenient").load(dir.toString()))
        .hasMessageContaining("option mode")
        .hasMessageContaining("lenient");
    assertThatThrownBy(
            () -> spark.read().format("pressroom").option("body", "html").load(dir.toString()))
        .hasMessageContaining("option body");
    assertThatThrownBy(() -> read(dir.resolve("nothing-here")).count())
        .hasMessageContaining("path does not exist");
  }
}
