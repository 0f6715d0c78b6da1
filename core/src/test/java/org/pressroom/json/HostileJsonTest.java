package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;

/**
 * Hostile documents, one invocation per input, built in code by name (the files would be
 * megabytes): nesting 100,000 deep at the root and in the body's place, 10 MB strings, a document
 * over the size limit, floods of keys under each unknown-key policy, many contacts, lone
 * surrogates. Each ends, within the timeout and on surefire's 512 KB stack, in a release (which
 * then writes and reads back equal) or in the named {@link ReadException}; ReaderBehaviourTest
 * holds the cases it already covered (arrays 100,000 deep at the root, objects deep in an ignored
 * value, a 10 MB body).
 */
class HostileJsonTest {
  private static final String SAMPLE = ReaderBehaviourTest.SAMPLE;
  private static final ReleaseReader STRICT = ReleaseReader.strict();
  private static final ReleaseReader IGNORE =
      ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));
  private static final ReleaseReader PRESERVE =
      ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));

  /** One hostile input: the reader to use, the document, and the outcome (null: a release). */
  record Case(
      ReleaseReader reader, Supplier<String> json, Class<? extends ReadException> refusal) {}

  static String withBody(String rawBodyValue) {
    int start = SAMPLE.indexOf("\"body\": ") + "\"body\": ".length();
    int end = SAMPLE.indexOf(",\n    \"mainvisual\"");
    return SAMPLE.substring(0, start) + rawBodyValue + SAMPLE.substring(end);
  }

  static String withTitle(String rawTitleValue) {
    return SAMPLE.replaceFirst(
        "\"title\": \"[^\"]*\"",
        java.util.regex.Matcher.quoteReplacement("\"title\": " + rawTitleValue));
  }

  static String keys(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("\"k").append(i).append("\": ").append(i).append(",\n");
    }
    return sb.toString();
  }

  static String contacts(int n) {
    String one =
        "{\"name\": \"N\", \"company\": null, \"description\": null, \"email\": \"a@b.c\", \"website\": null,"
            + " \"address\": null, \"telephone\": null, \"mobile\": null, \"twitter\": null, \"facebook\": null}";
    return SAMPLE.replaceFirst(
        "\"contacts\": \\[",
        java.util.regex.Matcher.quoteReplacement("\"contacts\": [" + (one + ",").repeat(n)));
  }

  static Stream<Named<Case>> hostile() {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put(
        "objects 100,000 deep at the root",
        new Case(
            STRICT,
            () -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
            LimitExceededException.class));
    cases.put(
        "objects 100,000 deep, unclosed",
        new Case(STRICT, () -> "{\"a\":".repeat(100_000), LimitExceededException.class));
    cases.put(
        "arrays 100,000 deep as the body",
        new Case(
            STRICT,
            () -> withBody("[".repeat(100_000) + "]".repeat(100_000)),
            LimitExceededException.class));
    cases.put(
        "objects 100,000 deep as the body",
        new Case(
            STRICT,
            () -> withBody("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
            LimitExceededException.class));
    cases.put(
        "arrays 100,000 deep as an ignored value, at the highest depth limit",
        new Case(
            ReleaseReader.create(
                ReadOptions.defaults()
                    .withUnknownKeys(UnknownKeys.PRESERVE)
                    .withMaxDepth(ReadOptions.MAX_DEPTH_LIMIT)),
            () ->
                ReaderBehaviourTest.withExtras(
                    "\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + ","),
            LimitExceededException.class));
    cases.put(
        "HTML nested 100,000 deep in the body string",
        new Case(STRICT, () -> withBody("\"" + "<div>".repeat(100_000) + "x\""), null));
    cases.put(
        "a 10 MB title",
        new Case(STRICT, () -> withTitle("\"" + "x".repeat(10_000_000) + "\""), null));
    cases.put(
        "a 10 MB body of escapes",
        new Case(STRICT, () -> withBody("\"" + "\\n\\u00e9".repeat(1_000_000) + "\""), null));
    cases.put(
        "a 10 MB string as the body, not a string's place",
        new Case(
            STRICT, () -> withBody("[\"" + "x".repeat(10_000_000) + "\"]"), SchemaException.class));
    cases.put(
        "a 17 M character string over the string limit",
        new Case(
            STRICT,
            () -> withBody("\"" + "x".repeat(17_000_000) + "\""),
            LimitExceededException.class));
    cases.put(
        "a 70 MB document over the size limit (64 MiB)",
        new Case(
            IGNORE,
            () ->
                ReaderBehaviourTest.withExtras(
                    keys(70)
                        .replaceAll(
                            ": (\\d+),",
                            java.util.regex.Matcher.quoteReplacement(
                                ": \"" + "v".repeat(1_000_000) + "\","))),
            LimitExceededException.class));
    cases.put(
        "an unknown key of 1 M characters, REJECT",
        new Case(
            STRICT,
            () -> ReaderBehaviourTest.withExtras("\"" + "k".repeat(1_000_000) + "\": 1,"),
            SchemaException.class));
    cases.put(
        "objects 65 deep under keys of 100,000 characters, IGNORE",
        new Case(
            IGNORE,
            () ->
                ReaderBehaviourTest.withExtras(
                    "\"x\": "
                        + ("{\"" + "k".repeat(100_000) + "\": ").repeat(65)
                        + "1"
                        + "}".repeat(65)
                        + ","),
            LimitExceededException.class));
    cases.put(
        "100,000 unknown keys, REJECT",
        new Case(
            STRICT, () -> ReaderBehaviourTest.withExtras(keys(100_000)), SchemaException.class));
    cases.put(
        "100,000 unknown keys, PRESERVE",
        new Case(PRESERVE, () -> ReaderBehaviourTest.withExtras(keys(100_000)), null));
    cases.put(
        "100,000 unknown keys in a contact, IGNORE",
        new Case(
            IGNORE,
            () ->
                SAMPLE.replaceFirst(
                    "\"name\": ",
                    java.util.regex.Matcher.quoteReplacement(keys(100_000) + "\"name\": ")),
            null));
    cases.put(
        "100,000 duplicate unknown keys, IGNORE",
        new Case(
            IGNORE,
            () -> ReaderBehaviourTest.withExtras("\"k\": 1,\n".repeat(100_000)),
            SchemaException.class));
    cases.put("100,000 contacts", new Case(STRICT, () -> contacts(100_000), null));
    cases.put(
        "a lone high surrogate escaped in a string",
        new Case(STRICT, () -> withTitle("\"a \\ud800 b\""), null));
    cases.put(
        "a lone low surrogate escaped, then a reversed pair",
        new Case(STRICT, () -> withTitle("\"\\udc00 \\udfff\\ud800\""), null));
    cases.put(
        "a lone surrogate raw in a Java string",
        new Case(STRICT, () -> withTitle("\"a \uD800 b\""), null));
    return cases.entrySet().stream().map(e -> Named.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void endsInAReleaseOrTheNamedRefusal(Case c) {
    String json = c.json().get();
    long start = System.nanoTime();
    Throwable fromString = catchThrowable(() -> c.reader().read(json));
    long mid = System.nanoTime();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Throwable fromStream = catchThrowable(() -> c.reader().read(new ByteArrayInputStream(bytes)));
    long end = System.nanoTime();
    System.out.printf(
        "hostile json: %,d chars, read(String) %d ms, read(InputStream) %d ms: %s%n",
        json.length(),
        (mid - start) / 1_000_000,
        (end - mid) / 1_000_000,
        fromString == null
            ? "release"
            : fromString.getClass().getSimpleName() + ": " + fromString.getMessage());
    if (c.refusal() == null) {
      assertThat(fromString).isNull();
      Release r = c.reader().read(json);
      String written = ReleaseWriter.canonical().write(r);
      assertThat(c.reader().read(written)).isEqualTo(r);
      if (json.chars().noneMatch(ch -> Character.isSurrogate((char) ch))) {
        assertThat(fromStream).isNull();
      }
    } else {
      assertThat(fromString).isInstanceOf(c.refusal());
      assertThat(fromStream).isInstanceOf(c.refusal());
      assertThat(fromString.getMessage()).hasSizeLessThan(300);
    }
  }
}
