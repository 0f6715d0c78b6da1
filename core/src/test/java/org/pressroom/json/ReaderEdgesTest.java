package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pressroom.Release;

/**
 * Errors at the edges of the reader: where NDJSON errors are located in the file, what follows a
 * collection, limits met while skipping the rest of a record, and members that are missing or null.
 */
class ReaderEdgesTest {
  /** The sample on one line; its line 3 in an NDJSON file is the bad one. */
  private static final String ONE_LINE = ReaderBehaviourTest.ONE_LINE;

  private static final String MINI = read(Path.of("src/test/resources/canonical/minified.json"));

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String thirdLineBad(String bad) {
    return ONE_LINE + "\n" + ONE_LINE + "\n" + bad + "\n";
  }

  private static <T extends ReadException> T thirdRecordError(
      ReleaseReader reader, String nd, Class<T> type) {
    ReleaseReader.ReleaseIterator it = reader.iterate(utf8(nd), CollectionFormat.NDJSON);
    it.next();
    it.next();
    T e = catchThrowableOfType(type, it::hasNext);
    assertThat(e).as("a %s on the third record", type.getSimpleName()).isInstanceOf(type);
    assertThat(e.recordIndex()).isEqualTo(2);
    return e;
  }

  @Test
  void ndjsonSyntaxErrorIsOnTheLineOfItsRecord() {
    String bad = ONE_LINE.replace("\"language\": \"EN\"", "\"language\": EN");
    MalformedJsonException e =
        thirdRecordError(ReleaseReader.strict(), thirdLineBad(bad), MalformedJsonException.class);
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void ndjsonContentAfterTheRecordIsOnItsLineAndColumn() {
    MalformedJsonException e =
        thirdRecordError(
            ReleaseReader.strict(), thirdLineBad(ONE_LINE + " 1"), MalformedJsonException.class);
    assertThat(e.line()).isEqualTo(3);
    // the record fills columns 1..n, a space, then the 1
    assertThat(e.column()).isEqualTo(ONE_LINE.length() + 2);
    assertThat(e.reason())
        .isEqualTo(
            "unexpected content after the root value: expected the end of the input, found the integer 1");
  }

  @Test
  void ndjsonDuplicateKeyNamesTheFileLineOfTheFirstOne() {
    String bad =
        ONE_LINE.replace("\"language\": \"EN\"", "\"language\": \"EN\", \"language\": \"NL\"");
    SchemaException e =
        thirdRecordError(ReleaseReader.strict(), thirdLineBad(bad), SchemaException.class);
    int firstColumn = ONE_LINE.indexOf("\"language\"") + 1;
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason())
        .isEqualTo("duplicate key \"language\" (first at line 3, column " + firstColumn + ")");
  }

  @Test
  void ndjsonNestingLimitIsOnTheLineOfItsRecordAndPointsAtTheTooDeepValue() {
    // the sample itself is 3 deep (release, contacts, contact); x's inner arrays are at depths 3
    // and 4
    ReleaseReader reader =
        ReleaseReader.create(
            ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE).withMaxDepth(3));
    String bad = "{\"x\": [[[1]]], " + ONE_LINE.substring(1);
    LimitExceededException e =
        thirdRecordError(reader, thirdLineBad(bad), LimitExceededException.class);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.pointer()).isEqualTo("/x/0/0");
    assertThat(e.reason()).isEqualTo("nesting deeper than 3 levels (ReadOptions.maxDepth)");
  }

  @Test
  void nestingLimitInAnArrayCountsFromTheRecord() {
    ReleaseReader reader =
        ReleaseReader.create(
            ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE).withMaxDepth(3));
    String tooDeep = "[{\"x\": [[[1]]], " + ONE_LINE.substring(1) + "]";
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> reader.iterate(utf8(tooDeep), CollectionFormat.JSON_ARRAY).next());
    assertThat(e.pointer()).isEqualTo("/x/0/0");
    assertThat(e.recordIndex()).isEqualTo(0);

    String deepEnough = "[{\"x\": [[1]], " + ONE_LINE.substring(1) + "]";
    Release r = reader.iterate(utf8(deepEnough), CollectionFormat.JSON_ARRAY).next();
    assertThat(r.unknownKeys()).containsEntry("x", "[[1]]");
  }

  @Test
  void contentAfterTheArrayIsAnError() {
    ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict().iterate(utf8("[" + ONE_LINE + "] 1"), CollectionFormat.JSON_ARRAY);
    assertThat(it.next().language()).isEqualTo("EN");
    MalformedJsonException e = catchThrowableOfType(MalformedJsonException.class, it::hasNext);
    assertThat(e.reason())
        .isEqualTo(
            "unexpected content after the root value: expected the end of the input, found the integer 1");
  }

  @Test
  void aRootThatIsNotAnArrayIsASchemaErrorUnlessSomethingFollowsIt() {
    SchemaException schema =
        catchThrowableOfType(
            SchemaException.class,
            () ->
                ReleaseReader.strict()
                    .iterate(utf8(ONE_LINE), CollectionFormat.JSON_ARRAY)
                    .hasNext());
    assertThat(schema.reason()).isEqualTo("expected a JSON array of releases, found an object");
    assertThat(schema.line()).isEqualTo(1);
    assertThat(schema.column()).isEqualTo(1);

    MalformedJsonException malformed =
        catchThrowableOfType(
            MalformedJsonException.class,
            () ->
                ReleaseReader.strict()
                    .iterate(utf8(ONE_LINE + " 1"), CollectionFormat.JSON_ARRAY)
                    .hasNext());
    assertThat(malformed.reason()).startsWith("unexpected content after the root value");
  }

  @Test
  void contentAfterADocumentIsAnError() {
    MalformedJsonException e =
        catchThrowableOfType(
            MalformedJsonException.class, () -> ReleaseReader.strict().read(MINI + "\n\"x\""));
    assertThat(e.reason())
        .isEqualTo(
            "unexpected content after the root value: expected the end of the input, found a string");
    assertThat(e.line()).isEqualTo(41);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void aStringOverTheLimitAfterASchemaErrorIsTheError() {
    // every string of the minified release is at most 39 characters; the body comes after the
    // language
    ReleaseReader reader = ReleaseReader.create(ReadOptions.defaults().withMaxStringLength(50));
    String badLanguage = MINI.replace("\"language\": \"EN\"", "\"language\": 1");

    String atLimit = badLanguage.replace("\"<p>Hello.</p>\"", "\"" + "x".repeat(50) + "\"");
    SchemaException schema =
        catchThrowableOfType(SchemaException.class, () -> reader.read(atLimit));
    assertThat(schema.pointer()).isEqualTo("/language");

    String overLimit = badLanguage.replace("\"<p>Hello.</p>\"", "\"" + "x".repeat(51) + "\"");
    LimitExceededException limit =
        catchThrowableOfType(LimitExceededException.class, () -> reader.read(overLimit));
    assertThat(limit.reason())
        .isEqualTo("string longer than 50 characters (ReadOptions.maxStringLength)");
    assertThat(limit.line()).isEqualTo(11);
  }

  @Test
  void aHeaderWithoutReleaseIsAMissingKeyAtTheHeader() {
    String noRelease =
        MINI.replace(",\n        \"release\": \"https://cdn.example.com/h/release.jpg\"", "");
    assertThat(noRelease).isNotEqualTo(MINI);
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read(noRelease));
    assertThat(e.reason()).isEqualTo("missing key \"release\"");
    assertThat(e.line()).isEqualTo(17);
  }

  @Test
  void aNullWhereAUriIsRequiredIsAWrongType() {
    String nullUrl =
        MINI.replace("\"url\": \"https://press.example.com/pressroom-1-0\"", "\"url\": null");
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read(nullUrl));
    assertThat(e.reason()).isEqualTo("expected a URI string, found null");
    assertThat(e.pointer()).isEqualTo("/url");
    assertThat(e.line()).isEqualTo(5);

    String nullLarge =
        MINI.replace("\"large\": \"https://cdn.example.com/h/large.jpg\"", "\"large\": null");
    SchemaException h =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read(nullLarge));
    assertThat(h.reason()).isEqualTo("expected a URI string, found null");
    assertThat(h.pointer()).isEqualTo("/header/large");
  }

  @Test
  void aNullShortUrlIsAbsent() {
    String nullShort =
        MINI.replace("\"short_url\": \"http://prez.ly/abcd\"", "\"short_url\": null");
    assertThat(ReleaseReader.strict().read(nullShort).shortUrl()).isNull();
    assertThat(ReleaseReader.strict().read(MINI).shortUrl()).hasToString("http://prez.ly/abcd");
  }

  @Test
  void ndjsonLinesMayEndWithACarriageReturnAlone() {
    String bad = ONE_LINE.replace("\"language\": \"EN\"", "\"language\": 1");
    String nd = ONE_LINE + "\r" + ONE_LINE + "\r" + bad + "\r";
    SchemaException e = thirdRecordError(ReleaseReader.strict(), nd, SchemaException.class);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.pointer()).isEqualTo("/language");
  }

  @Test
  void ndjsonLineLimitIsTheDocumentLimitExactly() {
    int n = ONE_LINE.length();
    ReleaseReader fits = ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(n));
    assertThat(fits.stream(utf8(ONE_LINE + "\n" + ONE_LINE), CollectionFormat.NDJSON).count())
        .isEqualTo(2);

    ReleaseReader tooSmall =
        ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(n - 1));
    ReleaseReader.ReleaseIterator it = tooSmall.iterate(utf8(ONE_LINE), CollectionFormat.NDJSON);
    LimitExceededException e = catchThrowableOfType(LimitExceededException.class, it::hasNext);
    assertThat(e.reason())
        .isEqualTo("line longer than " + (n - 1) + " characters (ReadOptions.maxDocumentLength)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(n);
    assertThat(e.recordIndex()).isEqualTo(0);
  }

  @Test
  void arrayRecordLimitIsTheDocumentLimitPerRecord() {
    int n = ONE_LINE.length();
    String array = "[" + ONE_LINE + "," + ONE_LINE + "]";
    ReleaseReader fits = ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(n));
    assertThat(fits.stream(utf8(array), CollectionFormat.JSON_ARRAY).count()).isEqualTo(2);

    ReleaseReader tooSmall =
        ReleaseReader.create(ReadOptions.defaults().withMaxDocumentLength(n - 1));
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> tooSmall.iterate(utf8(array), CollectionFormat.JSON_ARRAY).next());
    assertThat(e.reason())
        .isEqualTo(
            "document longer than " + (n - 1) + " characters (ReadOptions.maxDocumentLength)");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.recordIndex()).isEqualTo(0);
  }

  @Test
  void closingAnIteratorClosesItsSource() throws IOException {
    for (CollectionFormat format : CollectionFormat.values()) {
      String text =
          format == CollectionFormat.NDJSON
              ? ONE_LINE + "\n" + ONE_LINE
              : "[" + ONE_LINE + "," + ONE_LINE + "]";
      java.util.concurrent.atomic.AtomicBoolean closed =
          new java.util.concurrent.atomic.AtomicBoolean();
      InputStream in =
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
              closed.set(true);
            }
          };
      ReleaseReader.ReleaseIterator it = ReleaseReader.strict().iterate(in, format);
      it.next();
      it.close();
      assertThat(closed).as("%s source closed", format).isTrue();
      assertThat(it.hasNext()).as("%s after close", format).isFalse();
    }
  }
}
