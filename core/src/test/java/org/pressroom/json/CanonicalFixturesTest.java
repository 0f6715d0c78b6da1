package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;

/**
 * The writer against every hand-written canonical fixture, decoding the inputs with the test's
 * {@link OracleDecoder} rather than the strict reader (see {@link ValidFixturesTest} for the same
 * properties through the reader).
 */
class CanonicalFixturesTest {
  private static final ReleaseWriter WRITER = ReleaseWriter.canonical();

  static Stream<Named<Path>> valid() {
    return Fixtures.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void writesTheValidInputAsItsCanonicalFile(Path input) {
    Release r = OracleDecoder.decode(Fixtures.text(input));
    assertThat(WRITER.write(r)).isEqualTo(Fixtures.text(Fixtures.canonicalOf(input)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void writesTheCanonicalFileAsItself(Path input) {
    String canonical = Fixtures.text(Fixtures.canonicalOf(input));
    assertThat(WRITER.write(OracleDecoder.decode(canonical))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void canonicalFileIsPureAsciiWithoutFinalNewline(Path input) {
    String canonical = Fixtures.text(Fixtures.canonicalOf(input));
    assertThat(canonical.chars()).allMatch(c -> c < 0x80);
    assertThat(canonical).startsWith("{\n    \"title\": ").endsWith("\n}");
  }
}
