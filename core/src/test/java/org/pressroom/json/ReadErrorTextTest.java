package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.Release;

/**
 * What a read error says: record, line, column, JSON Pointer (escaped) and reason; and streaming
 * from a file.
 */
class ReadErrorTextTest {
  private static final String ONE_LINE = ReaderBehaviourTest.ONE_LINE;

  @Test
  void theMessageNamesRecordLineColumnPointerAndReason() {
    String bad = ONE_LINE.replace("\"language\": \"EN\"", "\"language\": 1");
    int column = ONE_LINE.indexOf("\"language\": \"EN\"") + "\"language\": ".length() + 1;
    ReleaseReader.ReleaseIterator it =
        ReleaseReader.strict()
            .iterate(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                CollectionFormat.NDJSON);
    SchemaException e = catchThrowableOfType(SchemaException.class, it::hasNext);
    assertThat(e.getMessage())
        .isEqualTo(
            "record 0, line 1, column "
                + column
                + ", at /language: expected a string, found the integer 1");
  }

  @Test
  void anErrorAtTheRootSaysSo() {
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read("[]"));
    assertThat(e.getMessage())
        .isEqualTo(
            "line 1, column 1, at the root: expected a JSON object (a release), found an array");
  }

  @Test
  void pointersEscapeSlashAndTilde() {
    String withKey = "{\"a/b~c\": 1, " + ONE_LINE.substring(1);
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> ReleaseReader.strict().read(withKey));
    assertThat(e.pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void streamsACollectionFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("releases.ndjson");
    Files.writeString(file, ONE_LINE + "\n" + ONE_LINE + "\n", StandardCharsets.UTF_8);
    try (Stream<Release> s = ReleaseReader.strict().stream(file, CollectionFormat.NDJSON)) {
      assertThat(s.map(Release::language)).containsExactly("EN", "EN");
    }
  }
}
