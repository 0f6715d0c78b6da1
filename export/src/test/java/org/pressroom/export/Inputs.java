package org.pressroom.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.UnknownKeys;

/**
 * The releases every export property runs on, one case per file: each valid release fixture of core
 * (read with unknown keys ignored), and the seed release carrying, in turn, each body fixture of
 * html as its body.
 */
final class Inputs {
  /** A release with its parsed body. */
  record Case(Release release, Body body) {}

  static final Path CORE_VALID = Path.of("../core/src/test/resources/valid");
  static final Path HTML_FIXTURES = Path.of("../html/src/test/resources/fixtures");
  static final Path SEED = Path.of("../core/src/test/resources/canonical/sample.json");

  private static final ReleaseReader READER =
      ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE));

  private Inputs() {}

  static Release seed() {
    return READER.read(read(SEED));
  }

  static Case of(Release release) {
    return new Case(release, BodyParser.create().parse(release));
  }

  static Stream<Named<Case>> all() {
    List<Named<Case>> out = new ArrayList<>();
    for (Path file : list(CORE_VALID, ".json")) {
      out.add(Named.of("release " + file.getFileName(), of(READER.read(read(file)))));
    }
    Release seed = seed();
    for (Path file : list(HTML_FIXTURES, ".html")) {
      Release withBody = seed.toBuilder().body(read(file)).build();
      out.add(Named.of("body " + file.getFileName(), of(withBody)));
    }
    return out.stream();
  }

  static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalStateException("no " + suffix + " files in " + dir);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
