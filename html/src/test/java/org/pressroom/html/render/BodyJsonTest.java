package org.pressroom.html.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.html.render.Bodies.p;
import static org.pressroom.html.render.Bodies.t;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.Quote;

class BodyJsonTest {
  /**
   * Golden files; regenerate on purpose with {@code -Dpressroom.regenerate=true}, then read the
   * diff.
   */
  private static final Path GOLDEN = Paths.get("src/test/resources/render/json");

  private static final JsonFactory JSON = new JsonFactory();

  static Stream<Named<Path>> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(f -> Named.of(f.getFileName().toString(), f))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void writesTheGoldenJson(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    assertThat(Bodies.NAMED)
        .as("a body for golden file %s in Bodies.NAMED", name)
        .containsKey(name);
    String actual = BodyRenderer.json().render(Bodies.NAMED.get(name).get());
    if (Boolean.getBoolean("pressroom.regenerate")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void everyNamedBodyHasAGoldenFile() {
    for (String name : Bodies.NAMED.keySet()) {
      assertThat(GOLDEN.resolve(name + ".json")).exists();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void outputIsOneAsciiJsonValueWithoutTrailingNewline(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    String actual = BodyRenderer.json().render(Bodies.NAMED.get(name).get());
    assertThat(actual).doesNotEndWith("\n");
    assertThat(actual.chars()).allMatch(c -> c >= 0x20 && c < 0x80 || c == '\n');
    assertOneJsonValue(actual);
  }

  @Test
  void stringsDecodeToTheModelText() throws IOException {
    String s = "quote \" \\ / \t \u0000 caf\u00e9 \ud83d\ude00";
    String json = BodyRenderer.json().render(Bodies.body(p(t(s))));
    try (JsonParser parser = JSON.createParser(json)) {
      String found = null;
      for (JsonToken tok = parser.nextToken(); tok != null; tok = parser.nextToken()) {
        if (tok == JsonToken.FIELD_NAME && parser.currentName().equals("text")) {
          parser.nextToken();
          found = parser.getText();
        }
      }
      assertThat(found).isEqualTo(s);
    }
  }

  @Test
  void streamingWritesTheSameAsRender() throws IOException {
    Body body = Bodies.everything();
    StringWriter out = new StringWriter();
    BodyRenderer.json().render(body, out);
    assertThat(out.toString()).isEqualTo(BodyRenderer.json().render(body));
  }

  @Test
  void appendableFailureIsRethrownAsIs() {
    IOException boom = new IOException("disk full");
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw boom;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BodyRenderer.json().render(Bodies.everything(), failing))
        .isSameAs(boom);
  }

  @Test
  void bodyEmbedsInAnEnvelopeByIndentingLinesAfterTheFirst() throws IOException {
    String body = BodyRenderer.json().render(Bodies.everything()).replace("\n", "\n    ");
    String envelope =
        "{\n    \"release\": {\n        \"title\": \"x\"\n    },\n    \"body\": " + body + "\n}";
    assertOneJsonValue(envelope);
    assertThat(envelope).contains("\n    \"body\": {\n        \"blocks\": [\n            {\n");
    assertThat(envelope).endsWith("\n    }\n}");
  }

  @Test
  void rendersDeepNestingWithinTheParsersDefaultDepth() throws IOException {
    Block b = p("deep");
    for (int i = 0; i < 256; i++) {
      b = new Quote(List.of(b));
    }
    assertOneJsonValue(BodyRenderer.json().render(Bodies.body(b)));
  }

  private static void assertOneJsonValue(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      parser.skipChildren();
      assertThat(parser.nextToken()).isNull();
    }
  }
}
