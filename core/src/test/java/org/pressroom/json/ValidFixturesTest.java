package org.pressroom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.Release;

/**
 * Round trips through the strict reader on every valid fixture ({@code valid/NAME.json}, with its
 * hand-written canonical form {@code canonical/NAME.json}; a {@code preserve-} prefix means unknown
 * keys are read with {@link UnknownKeys#PRESERVE}).
 */
class ValidFixturesTest {
  private static final ReleaseWriter WRITER = ReleaseWriter.canonical();

  static Stream<Named<Path>> valid() {
    return Fixtures.valid();
  }

  private static Release read(Path fixture, String json) {
    return ReleaseReader.create(Fixtures.optionsFor(fixture)).read(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void writesTheReadInputAsItsCanonicalFile(Path input) {
    String canonical = Fixtures.text(Fixtures.canonicalOf(input));
    assertThat(WRITER.write(read(input, Fixtures.text(input)))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void readsWhatItWritesToAnEqualRelease(Path input) {
    Release r = read(input, Fixtures.text(input));
    assertThat(read(input, WRITER.write(r))).isEqualTo(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void canonicalFileReadsToAnEqualRelease(Path input) {
    Release fromInput = read(input, Fixtures.text(input));
    Release fromCanonical = read(input, Fixtures.text(Fixtures.canonicalOf(input)));
    // Also for preserve- fixtures: a preserved value's JSON text must not depend on the input's
    // whitespace.
    assertThat(fromCanonical).isEqualTo(fromInput);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void writingIsAFixedPoint(Path input) {
    String canonical = Fixtures.text(Fixtures.canonicalOf(input));
    assertThat(WRITER.write(read(input, canonical))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void writesCollectionsOfTheReleaseThatReadBackEqual(Path input) throws IOException {
    ReleaseReader reader = ReleaseReader.create(Fixtures.optionsFor(input));
    Release r = reader.read(Fixtures.text(input));
    String canonical = Fixtures.text(Fixtures.canonicalOf(input));
    String indented = "    " + canonical.replace("\n", "\n    ");
    assertThat(WRITER.writeAll(List.of(r, r), CollectionFormat.JSON_ARRAY))
        .isEqualTo("[\n" + indented + ",\n" + indented + "\n]");
    for (CollectionFormat format : CollectionFormat.values()) {
      String all = WRITER.writeAll(List.of(r, r), format);
      List<Release> back = new ArrayList<>();
      try (ReleaseReader.ReleaseIterator it = reader.iterate(new StringReader(all), format)) {
        it.forEachRemaining(back::add);
      }
      assertThat(back).as("%s", format).containsExactly(r, r);
    }
  }
}
