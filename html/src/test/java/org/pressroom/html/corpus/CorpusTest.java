package org.pressroom.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.fixtures.JsonTree;

/**
 * The opt-in run over the whole shared corpus ({@code ./mvnw verify -Pcorpus}; the default build
 * does not run this class, see the root pom): one invocation per document, {@code pages/*.html},
 * {@code pages/readability/NAME/source.html} and every {@code .html} under {@code paste/}, each
 * checked by {@link DocumentCheck}. The corpus folder is the system property {@code
 * pressroom.corpus}, which the {@code corpus} profile sets.
 */
class CorpusTest {
  static Path corpus() {
    String dir = System.getProperty("pressroom.corpus");
    assertThat(dir).as("system property pressroom.corpus (set by the corpus profile)").isNotBlank();
    Path path = Paths.get(dir);
    assertThat(path.resolve("pages")).as("corpus pages folder").isDirectory();
    return path;
  }

  static Stream<Named<Path>> documents() throws IOException {
    Path corpus = corpus();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus.resolve("pages"))) {
      files.addAll(
          s.filter(p -> p.getFileName().toString().endsWith(".html"))
              .sorted()
              .collect(Collectors.toList()));
    }
    try (Stream<Path> s = Files.list(corpus.resolve("pages/readability"))) {
      files.addAll(
          s.map(d -> d.resolve("source.html"))
              .filter(Files::isRegularFile)
              .sorted()
              .collect(Collectors.toList()));
    }
    try (Stream<Path> s = Files.walk(corpus.resolve("paste"))) {
      files.addAll(
          s.filter(p -> p.getFileName().toString().endsWith(".html"))
              .sorted()
              .collect(Collectors.toList()));
    }
    assertThat(files).as("corpus documents").hasSizeGreaterThanOrEqualTo(60);
    return files.stream().map(p -> Named.of(corpus.relativize(p).toString(), p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @Timeout(20)
  void parsesRendersAndKeepsEveryWord(Path file) throws IOException {
    Path corpus = corpus();
    String name = corpus.relativize(file).toString();
    Map<?, ?> expectations = null;
    if (file.getParent().equals(corpus.resolve("pages"))) {
      Map<?, ?> all =
          (Map<?, ?>) JsonTree.read(Files.readString(corpus.resolve("pages/expectations.json")));
      expectations = (Map<?, ?>) all.get(file.getFileName().toString());
    }
    DocumentCheck.check(name, read(file), expectations);
  }

  /**
   * Reads a document as UTF-8 (every corpus file is); a file that is not is an error of the corpus.
   */
  private static String read(Path file) throws IOException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }
}
