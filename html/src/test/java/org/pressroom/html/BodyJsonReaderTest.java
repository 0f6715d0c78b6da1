package org.pressroom.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.SchemaException;
import org.pressroom.json.UnknownKeys;

/**
 * The body JSON reader's strictness: each bad document is refused with the kind of error, the
 * pointer, line and column written here by hand; and those a schema can see fail the body JSON
 * Schema too.
 */
class BodyJsonReaderTest {
  private static final String EMPTY =
      "{\"blocks\": [], \"dateline\": null, \"links\": [], \"issues\": []}";

  /** A body whose only block is {@code block}, on line 2 from column 3. */
  private static String withBlock(String block) {
    return "{\"blocks\": [\n  " + block + "\n], \"dateline\": null, \"links\": [], \"issues\": []}";
  }

  static Stream<Arguments> refused() {
    String para = "{\"type\": \"paragraph\", \"text\": \"Hi\", \"content\": ";
    return Stream.of(
        // name, json, kind, pointer, line, column, words in the reason, schema sees it
        Arguments.of("empty", "", "malformed", null, 1, 1, "empty", false),
        Arguments.of("root array", "[]", "schema", "", 1, 1, "expected a body JSON object", true),
        Arguments.of(
            "trailing", EMPTY + " {}", "malformed", null, 1, EMPTY.length() + 2, "after", false),
        Arguments.of("comment", "{/* x */}", "malformed", null, 1, 2, "malformed", false),
        Arguments.of(
            "missing issues",
            "{\"blocks\": [], \"dateline\": null, \"links\": []}",
            "schema",
            "",
            1,
            1,
            "missing key \"issues\"",
            true),
        Arguments.of(
            "unknown key",
            "{\"blocks\": [], \"dateline\": null, \"links\": [], \"issues\": [], \"x\": 1}",
            "schema",
            "/x",
            1,
            61,
            "unknown key \"x\"",
            true),
        Arguments.of(
            "duplicate key",
            "{\"blocks\": [], \"blocks\": [], \"dateline\": null, \"links\": [], \"issues\": []}",
            "schema",
            "/blocks",
            1,
            16,
            "duplicate key",
            false),
        Arguments.of(
            "unknown block type",
            withBlock("{\"type\": \"poem\", \"text\": \"\"}"),
            "schema",
            "/blocks/0/type",
            2,
            12,
            "block type",
            true),
        Arguments.of(
            "key of another block type",
            withBlock("{\"type\": \"divider\", \"text\": \"\", \"level\": 2}"),
            "schema",
            "/blocks/0/level",
            2,
            35,
            "unknown key \"level\" in a divider block",
            true),
        Arguments.of(
            "missing content",
            withBlock("{\"type\": \"paragraph\", \"text\": \"\"}"),
            "schema",
            "/blocks/0",
            2,
            3,
            "missing key \"content\"",
            true),
        Arguments.of(
            "text not the content's",
            withBlock(para + "[{\"type\": \"text\", \"text\": \"Hello\", \"marks\": []}]}"),
            "schema",
            "/blocks/0/text",
            2,
            33,
            "expected \"Hello\", found \"Hi\"",
            false),
        Arguments.of(
            "heading level 7",
            withBlock(
                "{\"type\": \"heading\", \"text\": \"\", \"level\": 7, \"inferred\": false,"
                    + " \"content\": []}"),
            "schema",
            "/blocks/0/level",
            2,
            44,
            "an integer from 1 to 6",
            true),
        Arguments.of(
            "level as a string",
            withBlock(
                "{\"type\": \"heading\", \"text\": \"\", \"level\": \"2\", \"inferred\": false,"
                    + " \"content\": []}"),
            "schema",
            "/blocks/0/level",
            2,
            44,
            "found the string \"2\"",
            true),
        Arguments.of(
            "unknown mark",
            withBlock(para + "[{\"type\": \"text\", \"text\": \"Hi\", \"marks\": [\"blink\"]}]}"),
            "schema",
            "/blocks/0/content/0/marks/0",
            2,
            92,
            "a mark",
            true),
        Arguments.of(
            "mark twice",
            withBlock(
                para
                    + "[{\"type\": \"text\", \"text\": \"Hi\", \"marks\": [\"bold\", \"bold\"]}]}"),
            "schema",
            "/blocks/0/content/0/marks/1",
            2,
            100,
            "given twice",
            true),
        Arguments.of(
            "null text in an inline",
            withBlock(para + "[{\"type\": \"text\", \"text\": null, \"marks\": []}]}"),
            "schema",
            "/blocks/0/content/0/text",
            2,
            76,
            "expected a string, found null",
            true),
        Arguments.of(
            "role of a nested block",
            withBlock(
                "{\"type\": \"quote\", \"text\": \"\", \"blocks\": [{\"type\": \"divider\","
                    + " \"text\": \"\", \"role\": \"body\"}]}"),
            "schema",
            "/blocks/0/blocks/0/role",
            2,
            76,
            "only top-level blocks have a role",
            true),
        Arguments.of(
            "unknown role",
            withBlock("{\"type\": \"divider\", \"text\": \"\", \"role\": \"footer\"}"),
            "schema",
            "/blocks/0/role",
            2,
            43,
            "a role",
            true),
        Arguments.of(
            "unknown origin",
            withBlock(
                "{\"type\": \"contact\", \"text\": \"A\", \"contact\": {\"name\": \"A\","
                    + " \"company\": null, \"description\": null, \"email\": null, \"website\":"
                    + " null, \"address\": null, \"telephone\": null, \"mobile\": null,"
                    + " \"twitter\": null, \"facebook\": null}, \"avatar\": null, \"origin\":"
                    + " \"fax\"}"),
            "schema",
            "/blocks/0/origin",
            2,
            245,
            "a contact origin",
            true),
        Arguments.of(
            "bad link kind",
            "{\"blocks\": [], \"dateline\": null, \"links\": [{\"href\": \"x\", \"text\": \"\","
                + " \"kind\": \"ftp\"}], \"issues\": []}",
            "schema",
            "/links/0/kind",
            1,
            78,
            "a link kind",
            true),
        Arguments.of(
            "impossible dateline date",
            "{\"blocks\": [], \"dateline\": {\"location\": \"X\", \"date\": \"2026-02-30\","
                + " \"text\": \"X\"}, \"links\": [], \"issues\": []}",
            "schema",
            "/dateline/date",
            1,
            54,
            "a real date",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesWithALocatedError(
      String name,
      String json,
      String kind,
      String pointer,
      int line,
      int column,
      String reason,
      boolean schemaSeesIt) {
    ReadException e =
        catchThrowableOfType(ReadException.class, () -> BodyJsonReader.strict().read(json));
    assertThat(e).as("refused").isNotNull();
    assertThat(e)
        .isInstanceOf(
            switch (kind) {
              case "malformed" -> MalformedJsonException.class;
              case "limit" -> LimitExceededException.class;
              default -> SchemaException.class;
            });
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.reason()).contains(reason);
    // The same from bytes.
    ReadException fromBytes =
        catchThrowableOfType(
            ReadException.class, () -> BodyJsonReader.strict().read(json.getBytes(UTF_8)));
    assertThat(fromBytes.getMessage()).isEqualTo(e.getMessage());
    if (schemaSeesIt) {
      assertThat(BodySchema.errors(json)).isNotEmpty();
    }
  }

  @Test
  void readsTheEmptyBodyFromEveryKindOfInput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("body.json");
    Files.writeString(file, "\uFEFF" + EMPTY, UTF_8);
    assertThat(BodyJsonReader.strict().read(EMPTY)).isEqualTo(Body.empty());
    assertThat(BodyJsonReader.strict().read(new StringReader(EMPTY))).isEqualTo(Body.empty());
    assertThat(BodyJsonReader.strict().read(new ByteArrayInputStream(EMPTY.getBytes(UTF_8))))
        .isEqualTo(Body.empty());
    assertThat(BodyJsonReader.strict().read(file)).isEqualTo(Body.empty());
    assertThat(BodySchema.errors(EMPTY)).isEmpty();
  }

  @Test
  void keysInAnyOrderAndARoleAreRead() {
    Body body =
        BodyJsonReader.strict()
            .read(
                "{\"issues\": [], \"links\": [], \"dateline\": null, \"blocks\": [{\"content\":"
                    + " [{\"marks\": [\"italic\", \"bold\"], \"text\": \"Hi \", \"type\":"
                    + " \"text\"}], \"role\": \"lead\", \"text\": \"Hi\", \"type\":"
                    + " \"paragraph\"}]}");
    assertThat(body.blocks())
        .containsExactly(
            new Paragraph(
                java.util.List.of(new Text("Hi ", java.util.EnumSet.of(Mark.BOLD, Mark.ITALIC)))));
  }

  @Test
  void unknownKeysAreSkippedWhenTheOptionsSaySo() {
    String json = withBlock("{\"type\": \"divider\", \"text\": \"\", \"id\": {\"a\": [1]}}");
    assertThat(
            catchThrowableOfType(SchemaException.class, () -> BodyJsonReader.strict().read(json)))
        .extracting(ReadException::pointer)
        .isEqualTo("/blocks/0/id");
    Body body =
        BodyJsonReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE))
            .read(json);
    assertThat(body.blocks()).containsExactly(new Divider());
  }

  @Test
  void nestingBeyondTheLimitIsALimitError() {
    String deep = "[".repeat(20) + "]".repeat(20);
    String json =
        "{\"x\": " + deep + ", \"blocks\": [], \"dateline\": null, \"links\": [], \"issues\": []}";
    BodyJsonReader reader =
        BodyJsonReader.create(
            ReadOptions.defaults().withMaxDepth(10).withUnknownKeys(UnknownKeys.IGNORE));
    LimitExceededException e =
        catchThrowableOfType(LimitExceededException.class, () -> reader.read(json));
    assertThat(e).isNotNull();
    assertThat(e.reason()).contains("ReadOptions.maxDepth");
  }

  private static String nestedQuotes(int depth) {
    Block inner = new Paragraph(java.util.List.of(Text.plain("deep")));
    for (int i = 0; i < depth; i++) {
      inner = new Quote(java.util.List.of(inner));
    }
    return BodyRenderer.json()
        .render(new Body(java.util.List.of(inner), null, java.util.List.of(), java.util.List.of()));
  }

  @Test
  void deeplyNestedQuotesReadBackWithinTheDefaultDepth() {
    // 200 quotes: 2 JSON levels each, within the default 500
    String json = nestedQuotes(200);
    assertThat(BodyRenderer.json().render(BodyJsonReader.strict().read(json))).isEqualTo(json);
  }

  @Test
  @Timeout(20)
  void deeperNestingIsALimitErrorNeverAStackOverflow() {
    String deeper = nestedQuotes(300);
    LimitExceededException e =
        catchThrowableOfType(
            LimitExceededException.class, () -> BodyJsonReader.strict().read(deeper));
    assertThat(e.reason()).contains("ReadOptions.maxDepth");
    // A limit beyond what the stack holds: still refused, not a crash.
    BodyJsonReader unbounded =
        BodyJsonReader.create(ReadOptions.defaults().withMaxDepth(ReadOptions.MAX_DEPTH_LIMIT));
    String deepest = nestedQuotes(490);
    try {
      Body body = unbounded.read(deepest);
      assertThat(BodyRenderer.json().render(body)).isEqualTo(deepest);
    } catch (LimitExceededException refused) {
      assertThat(refused.reason()).contains("ReadOptions.maxDepth");
    }
  }
}
