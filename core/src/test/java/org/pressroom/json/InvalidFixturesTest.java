package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invocation per file of {@code invalid/}: each {@code NAME.json} (or {@code NAME.bin} for
 * byte-level cases) is refused as its sidecar {@code NAME.expected} says ({@code kind}, {@code
 * pointer} (absent for none), {@code line}, {@code column}, optional {@code message-contains} and
 * reader options).
 */
class InvalidFixturesTest {
  static final Path DIR = Path.of("src/test/resources/invalid");

  static Stream<Named<Path>> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> list =
          files
              .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".bin"))
              .sorted()
              .toList();
      return list.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void refusesAsTheSidecarSays(Path file) throws IOException {
    String name = file.getFileName().toString();
    Map<String, String> expected =
        expectations(DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected"));
    ReleaseReader reader = ReleaseReader.create(options(expected));
    byte[] bytes = Files.readAllBytes(file);

    ReadException fromBytes = catchThrowableOfType(ReadException.class, () -> reader.read(bytes));
    check(fromBytes, expected);
    if (name.endsWith(".json")) {
      ReadException fromString =
          catchThrowableOfType(
              ReadException.class, () -> reader.read(new String(bytes, StandardCharsets.UTF_8)));
      check(fromString, expected);
    }
  }

  private static void check(ReadException e, Map<String, String> expected) {
    Class<?> kind =
        switch (expected.get("kind")) {
          case "malformed" -> MalformedJsonException.class;
          case "schema" -> SchemaException.class;
          case "limit" -> LimitExceededException.class;
          default -> throw new IllegalArgumentException(expected.get("kind"));
        };
    assertThat(e).as(e.getMessage()).isInstanceOf(kind);
    assertThat(e.pointer()).as("pointer of " + e.getMessage()).isEqualTo(expected.get("pointer"));
    assertThat(e.line() + ":" + e.column())
        .as("line:column of " + e.getMessage())
        .isEqualTo(expected.get("line") + ":" + expected.get("column"));
    if (expected.containsKey("message-contains")) {
      assertThat(e.reason()).contains(expected.get("message-contains"));
    }
    assertThat(e.reason())
        .hasSizeLessThanOrEqualTo(200)
        .doesNotContain("[Source")
        .doesNotContain("Jackson");
    assertThat(e.recordIndex()).isEqualTo(-1);
  }

  static Map<String, String> expectations(Path sidecar) throws IOException {
    Map<String, String> map = new HashMap<>();
    for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        map.put(line.substring(0, eq).trim(), line.substring(eq + 1));
      }
    }
    return map;
  }

  static ReadOptions options(Map<String, String> expected) {
    ReadOptions o = ReadOptions.defaults();
    if (expected.containsKey("unknown-keys")) {
      o = o.withUnknownKeys(UnknownKeys.valueOf(expected.get("unknown-keys")));
    }
    if (expected.containsKey("max-depth")) {
      o = o.withMaxDepth(Integer.parseInt(expected.get("max-depth")));
    }
    if (expected.containsKey("max-string-length")) {
      o = o.withMaxStringLength(Integer.parseInt(expected.get("max-string-length")));
    }
    if (expected.containsKey("max-document-length")) {
      o = o.withMaxDocumentLength(Long.parseLong(expected.get("max-document-length")));
    }
    return o;
  }
}
