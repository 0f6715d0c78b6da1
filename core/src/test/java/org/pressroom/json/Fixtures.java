package org.pressroom.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The fixture folders under {@code src/test/resources}, one argument per file, named by the file.
 */
final class Fixtures {
  private Fixtures() {}

  static Path folder(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource folder " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return the files of a folder, sorted, each named by its file name} */
  static Stream<Named<Path>> files(String folder) {
    try (Stream<Path> s = Files.list(folder(folder))) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      if (files.isEmpty()) {
        throw new IllegalStateException("no fixtures in " + folder);
      }
      return files.stream().map(p -> Named.of(p.getFileName().toString(), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the valid inputs, each of which has a canonical twin} */
  static Stream<Named<Path>> valid() {
    return files("valid");
  }

  static Path canonicalOf(Path valid) {
    return folder("canonical").resolve(valid.getFileName().toString());
  }

  /**
   * {@return whether the fixture is read with unknown keys preserved (its name starts with {@code
   * preserve-})}
   */
  static boolean preserves(Path valid) {
    return valid.getFileName().toString().startsWith("preserve-");
  }

  static ReadOptions optionsFor(Path valid) {
    return preserves(valid)
        ? ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE)
        : ReadOptions.defaults();
  }

  static String text(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
