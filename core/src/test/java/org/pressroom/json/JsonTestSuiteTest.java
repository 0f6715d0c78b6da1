package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSONTestSuite (Nicolas Seriot, MIT; see {@code json-test-suite/NOTICE}) as the conformance
 * harness, one test per file, every file read as bytes: a {@code y_} file is JSON but not a
 * release, so a {@link SchemaException}; an {@code n_} file is not JSON, so a {@link
 * MalformedJsonException}; an {@code i_} file may go either way, but only as a {@link
 * ReadException}.
 */
@Timeout(10)
class JsonTestSuiteTest {
  static final Path DIR = Path.of("src/test/resources/json-test-suite/test_parsing");

  /**
   * {@code n_} files whose syntax error lies deeper than the default {@link
   * ReadOptions#maxDepth()}: the nesting limit is reached first, and limits are reported at once
   * (before the rest of the input is read), so these end in a {@link LimitExceededException}. They
   * are still refused, and never with a stack overflow.
   */
  static final Set<String> TOO_DEEP_TO_SEE_THE_SYNTAX_ERROR =
      Set.of("n_structure_100000_opening_arrays.json", "n_structure_open_array_object.json");

  static Stream<Named<Path>> files(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> list =
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  static Stream<Named<Path>> accepted() throws IOException {
    return files("y_");
  }

  static Stream<Named<Path>> refused() throws IOException {
    return files("n_");
  }

  static Stream<Named<Path>> either() throws IOException {
    return files("i_");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptsAsJsonButRefusesAsARelease(Path file) throws IOException {
    Throwable t = catchThrowable(() -> ReleaseReader.strict().read(Files.readAllBytes(file)));
    assertThat(t).isInstanceOf(SchemaException.class);
    assertThat(((ReadException) t).line()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesAsMalformed(Path file) throws IOException {
    Throwable t = catchThrowable(() -> ReleaseReader.strict().read(Files.readAllBytes(file)));
    if (TOO_DEEP_TO_SEE_THE_SYNTAX_ERROR.contains(file.getFileName().toString())) {
      assertThat(t).isInstanceOf(LimitExceededException.class);
    } else {
      assertThat(t).isInstanceOf(MalformedJsonException.class);
    }
    assertThat(((ReadException) t).line()).isPositive();
    assertThat(((ReadException) t).column()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("either")
  void refusesOnlyWithAReadException(Path file) throws IOException {
    Throwable t = catchThrowable(() -> ReleaseReader.strict().read(Files.readAllBytes(file)));
    assertThat(t).isInstanceOf(ReadException.class);
  }
}
