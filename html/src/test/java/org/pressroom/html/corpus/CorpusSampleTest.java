package org.pressroom.html.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.fixtures.JsonTree;

/**
 * A few real files copied from the shared corpus into {@code src/test/resources/corpus-sample}
 * (sources in its {@code NOTICE}), run in the default build: see {@link DocumentCheck}. Snippets
 * come from {@code corpus-sample/expectations.json}.
 */
class CorpusSampleTest {
  static Path folder() throws URISyntaxException {
    return Paths.get(CorpusSampleTest.class.getResource("/corpus-sample").toURI());
  }

  static Stream<Named<Path>> documents() throws IOException, URISyntaxException {
    try (Stream<Path> s = Files.list(folder())) {
      return s
          .filter(p -> p.getFileName().toString().endsWith(".html"))
          .sorted()
          .map(p -> Named.of(p.getFileName().toString(), p))
          .collect(Collectors.toList())
          .stream();
    }
  }

  @org.junit.jupiter.api.Test
  void noticeNamesEverySampleAndItsSource() throws IOException, URISyntaxException {
    String notice = Files.readString(folder().resolve("NOTICE"));
    Map<String, Object> expectations =
        JsonTree.readObject(Files.readString(folder().resolve("expectations.json")));
    documents()
        .forEach(
            d -> {
              String name = d.getName();
              org.assertj.core.api.Assertions.assertThat(notice)
                  .as("NOTICE")
                  .contains(name + "\n  ");
              org.assertj.core.api.Assertions.assertThat(expectations)
                  .as("expectations.json")
                  .containsKey(name);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  @Timeout(20)
  void parsesRendersAndKeepsEveryWord(Path file) throws IOException, URISyntaxException {
    Map<?, ?> all =
        (Map<?, ?>) JsonTree.read(Files.readString(folder().resolve("expectations.json")));
    String name = file.getFileName().toString();
    DocumentCheck.check(
        name, Files.readString(file, StandardCharsets.UTF_8), (Map<?, ?>) all.get(name));
  }
}
