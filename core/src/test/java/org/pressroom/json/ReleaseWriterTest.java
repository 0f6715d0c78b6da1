package org.pressroom.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;

/**
 * The canonical writer on releases built in code: exact layout and escaping, without the reader.
 */
class ReleaseWriterTest {
  private static final ReleaseWriter WRITER = ReleaseWriter.canonical();

  /** A release with every nullable component null and no contacts. */
  static Release minimal(String title) {
    return Release.builder()
        .title(title)
        .modifiedAt(LocalDateTime.of(2026, 6, 10, 10, 26, 21))
        .url(URI.create("https://press.example.com/a"))
        .culture(Culture.of("en"))
        .language("EN")
        .slug("a")
        .body("")
        .build();
  }

  /**
   * The canonical JSON of {@link #minimal} with this (already escaped) title, at nesting level 0.
   */
  static String minimalJson(String escapedTitle) {
    return "{\n    \"title\": \""
        + escapedTitle
        + """
        ",
            "modified_at": "2026-06-10 10:26:21",
            "published_at": null,
            "url": "https://press.example.com/a",
            "short_url": null,
            "culture": "en",
            "language": "EN",
            "subtitle": null,
            "slug": "a",
            "body": "",
            "mainvisual": null,
            "header": null,
            "contacts": [],
            "author": null,
            "format_version": 5
        }""";
  }

  static String compactMinimal(String escapedTitle) {
    return "{\"title\":\""
        + escapedTitle
        + "\",\"modified_at\":\"2026-06-10 10:26:21\",\"published_at\":null,"
        + "\"url\":\"https://press.example.com/a\",\"short_url\":null,\"culture\":\"en\",\"language\":\"EN\","
        + "\"subtitle\":null,\"slug\":\"a\",\"body\":\"\",\"mainvisual\":null,\"header\":null,\"contacts\":[],"
        + "\"author\":null,\"format_version\":5}";
  }

  static String escapedTitle(String title) {
    String json = WRITER.write(minimal(title));
    int start = json.indexOf("\"title\": \"") + 10;
    int end = json.indexOf("\",\n    \"modified_at\"");
    return json.substring(start, end);
  }

  @Test
  void writesNullsEmptyArrayAndFormatVersionWithoutFinalNewline() {
    assertThat(WRITER.write(minimal("Hello"))).isEqualTo(minimalJson("Hello"));
  }

  @Test
  void writesEveryComponentInCanonicalOrder() {
    Release r =
        Release.builder()
            .title("T")
            .modifiedAt(LocalDateTime.of(2026, 1, 2, 3, 4, 5))
            .publishedAt(LocalDateTime.of(999, 12, 31, 23, 59, 0))
            .url(URI.create("https://a.example/x?y=1&z=%20#f"))
            .shortUrl(URI.create("http://prez.ly/jzId"))
            .culture(Culture.of("nl_BE"))
            .language("nl")
            .subtitle("")
            .slug("s")
            .body("<p>b</p>")
            .mainVisual(
                new MainVisual(
                    URI.create("https://c.example/t"),
                    URI.create("https://c.example/l"),
                    URI.create("https://c.example/o")))
            .header(
                new HeaderImage(
                    URI.create("https://c.example/hl"), URI.create("https://c.example/hr")))
            .addContact(Contact.builder("Koen").email("k@vub.be").build())
            .addContact(new Contact("An", "C", "D", "E", "W", "A", "T", "M", "Tw", "F"))
            .author(new Author("Koen", ""))
            .build();
    assertThat(WRITER.write(r))
        .isEqualTo(
            """
            {
                "title": "T",
                "modified_at": "2026-01-02 03:04:05",
                "published_at": "0999-12-31 23:59:00",
                "url": "https://a.example/x?y=1&z=%20#f",
                "short_url": "http://prez.ly/jzId",
                "culture": "nl_BE",
                "language": "nl",
                "subtitle": "",
                "slug": "s",
                "body": "<p>b</p>",
                "mainvisual": {
                    "thumbnail": "https://c.example/t",
                    "large": "https://c.example/l",
                    "original": "https://c.example/o"
                },
                "header": {
                    "large": "https://c.example/hl",
                    "release": "https://c.example/hr"
                },
                "contacts": [
                    {
                        "name": "Koen",
                        "company": null,
                        "description": null,
                        "email": "k@vub.be",
                        "website": null,
                        "address": null,
                        "telephone": null,
                        "mobile": null,
                        "twitter": null,
                        "facebook": null
                    },
                    {
                        "name": "An",
                        "company": "C",
                        "description": "D",
                        "email": "E",
                        "website": "W",
                        "address": "A",
                        "telephone": "T",
                        "mobile": "M",
                        "twitter": "Tw",
                        "facebook": "F"
                    }
                ],
                "author": {
                    "first_name": "Koen",
                    "last_name": ""
                },
                "format_version": 5
            }""");
  }

  @Test
  void escapesQuoteBackslashAndControlCharactersWithShortEscapesWhereTheyExist() {
    assertThat(escapedTitle("a\"b\\c\bd\fe\nf\rg\th")).isEqualTo("a\\\"b\\\\c\\bd\\fe\\nf\\rg\\th");
  }

  @Test
  void escapesOtherControlCharactersAsLowercaseHex() {
    assertThat(escapedTitle("x\u0000\u0001\u000b\u001f\u001Ey"))
        .isEqualTo("x\\u0000\\u0001\\u000b\\u001f\\u001ey");
  }

  @Test
  void leavesSlashDelAndPrintableAsciiAlone() {
    String printable = "x</p> ~!@#$%^&*()_+-={}[]|:;'<>,.?`/\u007f";
    assertThat(escapedTitle(printable)).isEqualTo(printable);
  }

  @Test
  void escapesNonAsciiAsLowercaseHex() {
    assertThat(escapedTitle("caf\u00e9 \u00a0\u20ac \u00ff\u0100 \uffff\uABCD"))
        .isEqualTo("caf\\u00e9 \\u00a0\\u20ac \\u00ff\\u0100 \\uffff\\uabcd");
  }

  @Test
  void escapesSupplementaryCharactersAsTwoSurrogates() {
    assertThat(escapedTitle("\uD83D\uDE00!")).isEqualTo("\\ud83d\\ude00!");
  }

  @Test
  void escapesLoneSurrogatesAsThemselves() {
    assertThat(escapedTitle("a\uD800b\uDC00")).isEqualTo("a\\ud800b\\udc00");
    assertThat(escapedTitle("\uDE00\uD83D")).isEqualTo("\\ude00\\ud83d");
  }

  @Test
  void outputIsPureAscii() {
    String json = WRITER.write(minimal("\u00e9\uD83D\uDE00\u0001\u4e2d"));
    assertThat(json.chars()).allMatch(c -> c < 0x80);
  }

  @Test
  void escapesLongRunsAndEscapesAtTheEdges() {
    String run = "a".repeat(10_000);
    assertThat(escapedTitle("\"" + run + "\u00e9" + run + "\n"))
        .isEqualTo("\\\"" + run + "\\u00e9" + run + "\\n");
  }

  @Test
  void keepsUriTextAsWritten() {
    Release r =
        minimal("t").toBuilder().url(URI.create("HTTPS://Example.COM:443/a/../b?q=%7e")).build();
    assertThat(WRITER.write(r)).contains("\"url\": \"HTTPS://Example.COM:443/a/../b?q=%7e\",\n");
  }

  @Test
  void escapesNonAsciiInUrisAndCulture() {
    Release r = minimal("t").toBuilder().url(URI.create("https://example.com/caf\u00e9")).build();
    assertThat(WRITER.write(r)).contains("\"url\": \"https://example.com/caf\\u00e9\",\n");
  }

  @Test
  void writesCultureAsItsCode() {
    assertThat(WRITER.write(minimal("t").toBuilder().culture(Culture.of("fr-BE")).build()))
        .contains("\"culture\": \"fr-BE\",\n");
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void writesUnknownKeysAfterTheKnownOnesInMapOrder() {
    Release r =
        minimal("t").toBuilder()
            .unknownKeys(map("zeta", "1", "alpha", " \"x\" ", "caf\u00e9", "null"))
            .build();
    assertThat(WRITER.write(r))
        .endsWith(
            "    \"format_version\": 5,\n"
                + "    \"zeta\": 1,\n"
                + "    \"alpha\": \"x\",\n"
                + "    \"caf\\u00e9\": null\n"
                + "}");
  }

  @Test
  void relaysOutNestedUnknownValuesCanonically() {
    String value =
        "{\"a\":[1,  -0.50e+2 ,true,false,null,{},[],\"\\u00E9\\/\\uD83D\\uDE00\"],\r\n\t\"b\" : {\"c\":{\"d\":[[]]}},"
            + "\"\":12345678901234567890123}";
    Release r = minimal("t").toBuilder().unknownKeys(map("x", value)).build();
    assertThat(WRITER.write(r))
        .endsWith(
            "    \"format_version\": 5,\n"
                + "    \"x\": {\n"
                + "        \"a\": [\n"
                + "            1,\n"
                + "            -0.50e+2,\n"
                + "            true,\n"
                + "            false,\n"
                + "            null,\n"
                + "            {},\n"
                + "            [],\n"
                + "            \"\\u00e9/\\ud83d\\ude00\"\n"
                + "        ],\n"
                + "        \"b\": {\n"
                + "            \"c\": {\n"
                + "                \"d\": [\n"
                + "                    []\n"
                + "                ]\n"
                + "            }\n"
                + "        },\n"
                + "        \"\": 12345678901234567890123\n"
                + "    }\n"
                + "}");
  }

  @Test
  void writesUnknownKeysOfEveryObjectAtTheirDepth() {
    Release r =
        minimal("t").toBuilder()
            .mainVisual(
                new MainVisual(
                    URI.create("https://c.example/t"), URI.create("https://c.example/l"),
                    URI.create("https://c.example/o"), map("w", "[1]")))
            .header(
                new HeaderImage(
                    URI.create("https://c.example/hl"),
                    URI.create("https://c.example/hr"),
                    map("h", "{\"k\":\"v\"}")))
            .addContact(Contact.builder("N").unknownKeys(map("extra", "{\"k\":[]}")).build())
            .author(new Author("F", "L", map("id", "7")))
            .build();
    String json = WRITER.write(r);
    assertThat(json)
        .contains(
            "        \"original\": \"https://c.example/o\",\n"
                + "        \"w\": [\n"
                + "            1\n"
                + "        ]\n"
                + "    },\n")
        .contains(
            "        \"release\": \"https://c.example/hr\",\n"
                + "        \"h\": {\n"
                + "            \"k\": \"v\"\n"
                + "        }\n"
                + "    },\n")
        .contains(
            "            \"facebook\": null,\n"
                + "            \"extra\": {\n"
                + "                \"k\": []\n"
                + "            }\n"
                + "        }\n"
                + "    ],\n")
        .contains("        \"last_name\": \"L\",\n" + "        \"id\": 7\n" + "    },\n");
  }

  @Test
  void writesDeeplyNestedUnknownValuesWithoutRecursion() {
    int depth = 900;
    String value = "[".repeat(depth) + "]".repeat(depth);
    Release r = minimal("t").toBuilder().unknownKeys(map("deep", value)).build();
    String json = WRITER.write(r);
    assertThat(json)
        .contains("    \"deep\": [\n        [\n")
        .contains("\n" + " ".repeat(4 * depth) + "[]\n" + " ".repeat(4 * (depth - 1)) + "]\n")
        .endsWith("\n        ]\n    ]\n}");
    assertThat(WRITER.writeAll(List.of(r), CollectionFormat.NDJSON))
        .contains("\"deep\":" + value + "}\n");
  }

  @Test
  void writesNdjsonCompactWithoutAnyWhitespace() {
    Release r =
        minimal("a b\n").toBuilder()
            .addContact(
                Contact.builder("N").unknownKeys(map("x", "{ \"k\" : [ 1 , { } ] }")).build())
            .unknownKeys(map("y", "[ ]"))
            .build();
    assertThat(WRITER.writeAll(List.of(r), CollectionFormat.NDJSON))
        .isEqualTo(
            "{\"title\":\"a b\\n\",\"modified_at\":\"2026-06-10 10:26:21\",\"published_at\":null,"
                + "\"url\":\"https://press.example.com/a\",\"short_url\":null,\"culture\":\"en\",\"language\":\"EN\","
                + "\"subtitle\":null,\"slug\":\"a\",\"body\":\"\",\"mainvisual\":null,\"header\":null,"
                + "\"contacts\":[{\"name\":\"N\",\"company\":null,\"description\":null,\"email\":null,"
                + "\"website\":null,\"address\":null,\"telephone\":null,\"mobile\":null,\"twitter\":null,"
                + "\"facebook\":null,\"x\":{\"k\":[1,{}]}}],\"author\":null,\"format_version\":5,\"y\":[]}\n");
  }

  @Test
  void writesNdjsonCollectionsOfZeroOneAndTwoReleases() {
    assertThat(WRITER.writeAll(List.of(), CollectionFormat.NDJSON)).isEmpty();
    assertThat(WRITER.writeAll(List.of(minimal("a")), CollectionFormat.NDJSON))
        .isEqualTo(compactMinimal("a") + "\n");
    assertThat(WRITER.writeAll(List.of(minimal("a"), minimal("b")), CollectionFormat.NDJSON))
        .isEqualTo(compactMinimal("a") + "\n" + compactMinimal("b") + "\n");
  }

  private static String indented(String json) {
    return "    " + json.replace("\n", "\n    ");
  }

  @Test
  void writesJsonArrayCollectionsOfZeroOneAndTwoReleases() {
    assertThat(WRITER.writeAll(List.of(), CollectionFormat.JSON_ARRAY)).isEqualTo("[]");
    assertThat(WRITER.writeAll(List.of(minimal("a")), CollectionFormat.JSON_ARRAY))
        .isEqualTo("[\n" + indented(minimalJson("a")) + "\n]");
    assertThat(WRITER.writeAll(List.of(minimal("a"), minimal("b")), CollectionFormat.JSON_ARRAY))
        .isEqualTo("[\n" + indented(minimalJson("a")) + ",\n" + indented(minimalJson("b")) + "\n]");
  }

  @Test
  void indentsUnknownValuesInsideJsonArrays() {
    Release r = minimal("a").toBuilder().unknownKeys(map("x", "{\"k\":[1]}")).build();
    assertThat(WRITER.writeAll(List.of(r), CollectionFormat.JSON_ARRAY))
        .isEqualTo("[\n" + indented(WRITER.write(r)) + "\n]")
        .contains("\n            \"k\": [\n                1\n            ]\n        }\n    }\n]");
  }

  @Test
  void writerOutputStreamAndPathGiveIdenticalBytes(@TempDir Path dir) throws IOException {
    Release r =
        minimal("caf\u00e9 \uD83D\uDE00").toBuilder().unknownKeys(map("x", "[\"\u00e9\"]")).build();
    byte[] expected = WRITER.write(r).getBytes(UTF_8);

    StringWriter sw = new StringWriter();
    WRITER.write(r, sw);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WRITER.write(r, bytes);
    Path file = dir.resolve("r.json");
    Files.writeString(file, "previous content that is longer than nothing at all".repeat(100));
    WRITER.write(r, file);

    assertThat(sw.toString().getBytes(UTF_8)).isEqualTo(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);
  }

  @Test
  void collectionOverloadsGiveIdenticalBytes(@TempDir Path dir) throws IOException {
    List<Release> releases = List.of(minimal("a\u00e9"), minimal("b"));
    for (CollectionFormat format : CollectionFormat.values()) {
      byte[] expected = WRITER.writeAll(releases, format).getBytes(UTF_8);

      StringWriter fromIterable = new StringWriter();
      WRITER.writeAll(releases, fromIterable, format);
      StringWriter fromIterator = new StringWriter();
      WRITER.writeAll(releases.iterator(), fromIterator, format);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      WRITER.writeAll(releases, stream, format);
      ByteArrayOutputStream streamFromIterator = new ByteArrayOutputStream();
      WRITER.writeAll(releases.iterator(), streamFromIterator, format);
      Path file = dir.resolve("all." + format);
      WRITER.writeAll(releases, file, format);

      assertThat(fromIterable.toString().getBytes(UTF_8))
          .as("%s Writer", format)
          .isEqualTo(expected);
      assertThat(fromIterator.toString().getBytes(UTF_8))
          .as("%s Iterator Writer", format)
          .isEqualTo(expected);
      assertThat(stream.toByteArray()).as("%s OutputStream", format).isEqualTo(expected);
      assertThat(streamFromIterator.toByteArray())
          .as("%s Iterator OutputStream", format)
          .isEqualTo(expected);
      assertThat(Files.readAllBytes(file)).as("%s Path", format).isEqualTo(expected);
    }
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> WRITER.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WRITER.write(minimal("a"), (StringWriter) null))
        .isInstanceOf(NullPointerException.class);
    List<Release> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> WRITER.writeAll(withNull, CollectionFormat.NDJSON))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WRITER.writeAll(List.of(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void isOneSharedInstanceSafeToUseFromManyThreads() throws Exception {
    assertThat(ReleaseWriter.canonical()).isSameAs(WRITER);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String title = "t" + i + "\u00e9".repeat(i * 100);
      tasks.add(
          () -> {
            String expected = minimalJson(escapedTitle(title));
            for (int k = 0; k < 200; k++) {
              if (!WRITER.write(minimal(title)).equals(expected)) {
                return false;
              }
            }
            return true;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<Boolean> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
