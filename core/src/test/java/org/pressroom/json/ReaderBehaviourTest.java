package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pressroom.Release;

class ReaderBehaviourTest {
  static final String SAMPLE = sample();

  /**
   * The sample on one line (its strings hold escaped newlines only, so removing raw ones is safe).
   */
  static final String ONE_LINE = SAMPLE.replace("\n", "");

  static String sample() {
    try {
      return Files.readString(ReadSampleTest.SAMPLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String withExtras(String extras) {
    return "{\n" + extras + "\n" + SAMPLE.substring(2);
  }

  /** The README's way of having a read exception in a test, since none can be constructed. */
  @Test
  void anEmptyObjectIsASchemaErrorAtTheRoot() {
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read("{}"));
    assertThat(e.pointer()).isEqualTo("");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.reason()).startsWith("missing");
  }

  // ---- options ----

  @Test
  void rejectsUnknownKeysByDefault() {
    SchemaException e =
        catchThrowableOfType(
            SchemaException.class, () -> ReleaseReader.strict().read(withExtras("\"x\": 1,")));
    assertThat(e.pointer()).isEqualTo("/x");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void ignoresUnknownKeysWhenAsked() {
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));
    Release r = reader.read(withExtras("\"x\": {\"deep\": [1, {\"y\": null}]},"));
    assertThat(r).isEqualTo(ReleaseReader.strict().read(SAMPLE));
    assertThat(r.unknownKeys()).isEmpty();
  }

  @Test
  void preservesUnknownKeysInOrderAsCompactJson() {
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));
    String json =
        withExtras(
                "\"zeta\": [1, 2.50, -0.0e+3, true, null],\n\"alpha\": { \"k\" : \"v\\u00e9\\n\" , \"e\": {}, \"a\": []},")
            .replace("\"first_name\": \"Koen\",", "\"first_name\": \"Koen\", \"nick\": \"K\",");
    Release r = reader.read(json);
    assertThat(new ArrayList<>(r.unknownKeys().keySet())).containsExactly("zeta", "alpha");
    assertThat(r.unknownKeys())
        .hasSize(2)
        .containsEntry("zeta", "[1,2.50,-0.0e+3,true,null]")
        .containsEntry("alpha", "{\"k\":\"vé\\u000a\",\"e\":{},\"a\":[]}");
    assertThat(r.author().unknownKeys()).isEqualTo(Map.of("nick", "\"K\""));
  }

  @Test
  void rejectsDuplicateKeysEvenInIgnoredValues() {
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));
    SchemaException e =
        catchThrowableOfType(
            SchemaException.class, () -> reader.read(withExtras("\"x\": [{\"a\": 1, \"a\": 1}],")));
    assertThat(e.pointer()).isEqualTo("/x/0/a");
    assertThat(e.reason()).contains("first at line 2, column 8");
  }

  // ---- errors ----

  @Test
  void stringAndByteInputGiveTheSameLocation() {
    String json = SAMPLE.replace("\"culture\": \"en\"", "\"culture\": \"ééé\"");
    ReadException fromString =
        catchThrowableOfType(ReadException.class, () -> ReleaseReader.strict().read(json));
    ReadException fromBytes =
        catchThrowableOfType(
            ReadException.class,
            () -> ReleaseReader.strict().read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromString.line()).isEqualTo(7);
    assertThat(fromString.column()).isEqualTo(16);
    assertThat(fromBytes.getMessage()).isEqualTo(fromString.getMessage());
  }

  @Test
  void messageNamesPointerLineColumnAndAShortSnippet() {
    String huge = "x".repeat(100_000);
    String json = SAMPLE.replace("\"https://press.vub.ac.be/", "\"" + huge);
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read(json));
    assertThat(e.getMessage())
        .startsWith("line 5, column 12, at /url: invalid URI \"xxxxxxxxxx")
        .contains("expected")
        .doesNotContain("Source")
        .hasSizeLessThan(200);
    assertThat(e.getMessage()).contains("xxxxxxxxxx...");
  }

  @Test
  void syntaxErrorWinsOverAnEarlierSchemaError() {
    String json = SAMPLE.replace("\"format_version\": 5", "\"format_version\": \"5\"") + "x";
    assertThatThrownBy(() -> ReleaseReader.strict().read(json))
        .isInstanceOf(MalformedJsonException.class);
  }

  // ---- collections ----

  @Test
  void iteratesOverAJsonArray() throws IOException {
    String array = "[" + SAMPLE + ",\n" + SAMPLE + "\n]\n";
    try (ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict().iterate(new StringReader(array), CollectionFormat.JSON_ARRAY)) {
      List<Release> all = new ArrayList<>();
      it.forEachRemaining(all::add);
      assertThat(all).hasSize(2).allMatch(r -> r.equals(ReleaseReader.strict().read(SAMPLE)));
    }
  }

  @Test
  void streamsNdjsonSkippingBlankLines() {
    String nd = ONE_LINE + "\n\n  \n" + ONE_LINE + "\r\n" + ONE_LINE;
    try (Stream<Release> s = ReleaseReader.strict().stream(utf8(nd), CollectionFormat.NDJSON)) {
      assertThat(s.count()).isEqualTo(3);
    }
  }

  @Test
  void ndjsonErrorNamesTheRecordAndTheFileLine() {
    String bad = ONE_LINE.replace("\"language\": \"EN\"", "\"language\": 1");
    String nd = ONE_LINE + "\n\n" + ONE_LINE + "\n" + bad + "\n" + ONE_LINE + "\n";
    ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict().iterate(utf8(nd), CollectionFormat.NDJSON);
    it.next();
    it.next();
    SchemaException e = catchThrowableOfType(SchemaException.class, it::hasNext);
    assertThat(e.recordIndex()).isEqualTo(2);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.pointer()).isEqualTo("/language");
    assertThat(e.column())
        .isEqualTo(ONE_LINE.indexOf("\"language\": \"EN\"") + "\"language\": ".length() + 1);
    assertThat(it.hasNext()).as("iteration ends after an error").isFalse();
  }

  @Test
  void arrayErrorNamesTheRecordAndTheFileLine() {
    String bad = SAMPLE.replace("\"language\": \"EN\"", "\"language\": 1");
    String array = "[\n" + SAMPLE + ",\n" + SAMPLE + ",\n" + bad + "\n]";
    ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict().iterate(utf8(array), CollectionFormat.JSON_ARRAY);
    it.next();
    it.next();
    SchemaException e = catchThrowableOfType(SchemaException.class, it::next);
    assertThat(e.recordIndex()).isEqualTo(2);
    // line 1 is "[", each sample has 40 lines (no newline after its last), and "language" is on
    // line 8 of a sample
    assertThat(e.line()).isEqualTo(1 + 40 + 40 + 8);
    assertThat(e.pointer()).isEqualTo("/language");
  }

  @Test
  void aRecordSpreadOverLinesIsAnNdjsonError() {
    MalformedJsonException e =
        catchThrowableOfType(
            MalformedJsonException.class,
            () -> ReleaseReader.strict().iterate(utf8(SAMPLE), CollectionFormat.NDJSON).hasNext());
    assertThat(e.recordIndex()).isZero();
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void refusesAnNdjsonLineLongerThanTheDocumentLimit() {
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(ONE_LINE.length()));
    String nd = ONE_LINE + "\n" + ONE_LINE + " \n";
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> reader.stream(utf8(nd), CollectionFormat.NDJSON).count());
    assertThat(e.recordIndex()).isEqualTo(1);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(ONE_LINE.length() + 1);
    assertThat(e.reason()).contains("ReadOptions.maxDocumentLength");
  }

  @Test
  void readsLazily() {
    String nd = ONE_LINE + "\n" + "x".repeat(1_000_000);
    byte[] bytes = nd.getBytes(StandardCharsets.UTF_8);
    int[] read = {0};
    InputStream counting =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read[0] += Math.max(n, 0);
            return n;
          }
        };
    ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict().iterate(counting, CollectionFormat.NDJSON);
    assertThat(it.next().title()).startsWith("From insight");
    assertThat(read[0]).isLessThan(ONE_LINE.length() + 20_000);
  }

  @Test
  void closingTheStreamClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(ONE_LINE.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    try (Stream<Release> s = ReleaseReader.strict().stream(in, CollectionFormat.NDJSON)) {
      assertThat(s.findFirst()).isPresent();
    }
    assertThat(closed).isTrue();
  }

  @Test
  void refusesContentAfterTheArray() {
    MalformedJsonException e =
        catchThrowableOfType(
            MalformedJsonException.class,
            () ->
                ReleaseReader.strict().stream(utf8("[]\n[]"), CollectionFormat.JSON_ARRAY).count());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.pointer()).isNull();
  }

  // ---- hostile input ----

  @Test
  @Timeout(10)
  void refusesDeeplyNestedArraysWithoutOverflow() {
    String json = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> ReleaseReader.strict().read(json))
        .isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> ReleaseReader.strict().read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("ReadOptions.maxDepth");
  }

  @Test
  @Timeout(10)
  void refusesDeeplyNestedObjectsInAnIgnoredValue() {
    ReleaseReader reader =
        ReleaseReader.create(
            ReadOptions.defaults()
                .withUnknownKeys(UnknownKeys.IGNORE)
                .withMaxDepth(ReadOptions.MAX_DEPTH_LIMIT));
    String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertThatThrownBy(() -> reader.read(withExtras("\"x\": " + deep + ",")))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  @Timeout(10)
  void readsATenMegabyteBodyAndRefusesItUnderASmallLimit() {
    String body = "<p>" + "x".repeat(10_000_000) + "</p>";
    int start = SAMPLE.indexOf("\"body\": \"") + "\"body\": \"".length();
    int end = SAMPLE.indexOf("\",\n    \"mainvisual\"");
    String json = SAMPLE.substring(0, start) + body + SAMPLE.substring(end);
    assertThat(ReleaseReader.strict().read(json).body()).hasSize(body.length());
    ReleaseReader small =
        ReleaseReader.create(ReadOptions.defaults().withMaxStringLength(1_000_000));
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class, () -> small.read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.pointer()).isEqualTo("/body");
    assertThat(e.reason())
        .isEqualTo("string longer than 1000000 characters (ReadOptions.maxStringLength)");
  }

  @Test
  @Timeout(10)
  void refusesALongStringEvenInAnIgnoredValue() {
    ReleaseReader reader =
        ReleaseReader.create(
            ReadOptions.defaults()
                .withUnknownKeys(UnknownKeys.IGNORE)
                .withMaxStringLength(100_000));
    String json = withExtras("\"x\": [\"" + "y".repeat(200_000) + "\"],");
    assertThatThrownBy(() -> reader.read(json)).isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> reader.read(withExtras("\"x\": [\"" + "y".repeat(100_001) + "\"],")))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  @Timeout(10)
  void skipsAFloodOfUnknownKeys() {
    StringBuilder extras = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      extras.append("\"k").append(i).append("\": ").append(i).append(",\n");
    }
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));
    assertThat(reader.read(withExtras(extras.toString())).title()).startsWith("From insight");
  }

  @Test
  void refusesAKeyLongerThanTheStringLimit() {
    ReleaseReader reader = ReleaseReader.create(ReadOptions.defaults().withMaxStringLength(20));
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class, () -> reader.read("{\"" + "k".repeat(30) + "\": 1}"));
    assertThat(e.reason()).contains("key longer than 20 characters");
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  // ---- byte input read in one go ----

  @Test
  void bytesInOneGoReadAsTheStreamDoes() throws IOException {
    byte[] utf8 =
        SAMPLE
            .replace(
                "\"culture\"", "\"subtitle_x\": \"caf\u00e9 \ud83d\ude00 \ufffd\", \"culture\"")
            .getBytes(StandardCharsets.UTF_8);
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));
    Release fromStream = reader.read(new ByteArrayInputStream(utf8));
    assertThat(reader.read(utf8)).isEqualTo(fromStream);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(reader.read(bom)).isEqualTo(fromStream);
    java.nio.file.Path file = Files.createTempFile("release", ".json");
    try {
      Files.write(file, bom);
      assertThat(reader.read(file)).isEqualTo(fromStream);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void bytesInOneGoRefuseOnlyOneByteOrderMark() {
    byte[] utf8 = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_8);
    byte[] twice = new byte[utf8.length + 3];
    twice[0] = (byte) 0xEF;
    twice[1] = (byte) 0xBB;
    twice[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, twice, 3, utf8.length);
    MalformedJsonException fromBytes =
        catchThrowableOfType(
            MalformedJsonException.class, () -> ReleaseReader.strict().read(twice));
    MalformedJsonException fromStream =
        catchThrowableOfType(
            MalformedJsonException.class,
            () -> ReleaseReader.strict().read(new ByteArrayInputStream(twice)));
    assertThat(fromBytes.getMessage()).isEqualTo(fromStream.getMessage());
  }

  @Test
  void bytesInOneGoKeepTheLengthLimitInCharacters() {
    ReleaseReader reader =
        ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(SAMPLE.length() - 1));
    byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
    LimitExceededException fromBytes =
        catchThrowableOfType(LimitExceededException.class, () -> reader.read(utf8));
    LimitExceededException fromString =
        catchThrowableOfType(LimitExceededException.class, () -> reader.read(SAMPLE));
    assertThat(fromBytes.line() + ":" + fromBytes.column())
        .isEqualTo(fromString.line() + ":" + fromString.column());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "\u0000{}",
        "{\u0000}",
        "\u0000\u0000\u0000{",
        "{\"a\u0000\": 1}",
        "{\n  \"title\": tru }",
        "[1, 2",
        "{\"title\": \"x\"} x",
        "{\"title\": \"\\q\"}",
        "{\"title\": 01}",
        "  \r\n\r\n {\"x\": NaN}",
        "{\"x\":\t\"\u0001\"}"
      })
  void asciiBytesFailAsTheStringDoes(String json) {
    ReadException fromBytes =
        catchThrowableOfType(
            ReadException.class,
            () -> ReleaseReader.strict().read(json.getBytes(StandardCharsets.UTF_8)));
    ReadException fromString =
        catchThrowableOfType(ReadException.class, () -> ReleaseReader.strict().read(json));
    assertThat(fromBytes).isNotNull().hasSameClassAs(fromString);
    assertThat(fromBytes.getMessage()).isEqualTo(fromString.getMessage());
  }
}
