package org.pressroom.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pressroom.Release;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;
import org.pressroom.json.UnknownKeys;

/**
 * One reader, writer, parser and set of renderers shared by the eight threads of a real pool give,
 * over hundreds of tasks on every valid release fixture of core and every body fixture of this
 * module, exactly what single-threaded use gives.
 */
class SharedInstancesTest {
  private static final ReleaseReader READER =
      ReleaseReader.create(ReadOptions.defaults().withUnknownKeys(UnknownKeys.PRESERVE));
  private static final ReleaseWriter WRITER = ReleaseWriter.canonical();
  private static final BodyParser PARSER = BodyParser.create();
  private static final List<BodyRenderer> RENDERERS =
      List.of(
          BodyRenderer.text(), BodyRenderer.markdown(), BodyRenderer.html(), BodyRenderer.json());

  /** Everything the shared instances make of one input, as one string to compare. */
  static String work(String input, boolean isRelease) {
    StringBuilder sb = new StringBuilder();
    Body body;
    if (isRelease) {
      Release r = READER.read(input.getBytes(UTF_8));
      String written = WRITER.write(r);
      sb.append(written).append('\u0000').append(READER.read(written).equals(r)).append('\u0000');
      body = PARSER.parse(r);
    } else {
      body = PARSER.parse(input);
    }
    for (BodyRenderer renderer : RENDERERS) {
      sb.append(renderer.render(body)).append('\u0000');
    }
    return sb.toString();
  }

  static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(
              p -> p.toString().endsWith(suffix) && !p.toString().endsWith(".expected.json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sharedByEightThreadsGiveWhatOneThreadGives() throws Exception {
    List<String> inputs = new ArrayList<>();
    List<Boolean> releases = new ArrayList<>();
    for (Path p : files(Path.of("..", "core", "src", "test", "resources", "valid"), ".json")) {
      inputs.add(Files.readString(p, UTF_8));
      releases.add(true);
    }
    for (Path p : files(fixtures(), ".html")) {
      inputs.add(Files.readString(p, UTF_8));
      releases.add(false);
    }
    assertThat(inputs).hasSizeGreaterThan(100);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      expected.add(work(inputs.get(i), releases.get(i)));
    }

    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < inputs.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i : order) {
        results.add(pool.submit(() -> work(inputs.get(i), releases.get(i))));
      }
      for (int k = 0; k < order.size(); k++) {
        assertThat(results.get(k).get(60, TimeUnit.SECONDS))
            .as("input %d", order.get(k))
            .isEqualTo(expected.get(order.get(k)));
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Path fixtures() throws URISyntaxException {
    return Path.of(SharedInstancesTest.class.getResource("/fixtures").toURI());
  }
}
