package org.pressroom.html.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;

/**
 * Hostile bodies, one invocation per file of {@code src/test/resources/hostile/} (a {@code .gen}
 * descriptor each, see {@link Generated}): deep nesting of every kind, floods of tags, breaks,
 * links, attributes and entities, multi-MB attributes, comments, scripts and text, control
 * characters and lone surrogates. Each parses with the default options into a model (or, over the
 * size limit, an empty body with a size-limit issue) that all four renderers render, in well under
 * the timeout, on surefire's 512 KB stack. The parser's last resort (catching its own failure) is
 * not taken.
 */
class HostileBodiesTest {
  private static final BodyParser PARSER = BodyParser.create();

  static Stream<Named<Path>> hostile() throws IOException, URISyntaxException {
    URL url =
        Objects.requireNonNull(
            HostileBodiesTest.class.getResource("/hostile"), "test resources: /hostile");
    try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
      List<Path> files =
          s.filter(p -> p.toString().endsWith(".gen")).sorted().collect(Collectors.toList());
      return files.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parsesAndRendersWithinBounds(Path file) {
    String html = Generated.expand(file);
    long start = System.nanoTime();
    Body body = PARSER.parse(html);
    long parsed = System.nanoTime();
    int rendered = 0;
    for (BodyRenderer r :
        List.of(
            BodyRenderer.text(),
            BodyRenderer.markdown(),
            BodyRenderer.html(),
            BodyRenderer.json())) {
      rendered += r.render(body).length();
    }
    long done = System.nanoTime();
    System.out.printf(
        "hostile body %s: %,d chars, parse %d ms, render %d ms, %d blocks, %d issues%n",
        file.getFileName(),
        html.length(),
        (parsed - start) / 1_000_000,
        (done - parsed) / 1_000_000,
        body.blocks().size(),
        body.issues().size());
    assertThat(rendered).isPositive();
    assertThat(body.issues()).noneMatch(i -> i.message().startsWith("body could not be modelled"));
    if (html.length() > PARSER.options().maxInputLength()) {
      assertThat(body.blocks()).isEmpty();
      assertThat(body.issues())
          .extracting(BodyIssue::kind)
          .containsExactly(BodyIssue.Kind.SIZE_LIMIT);
    } else {
      assertThat(body.issues()).noneMatch(i -> i.kind() == BodyIssue.Kind.SIZE_LIMIT);
    }
  }
}
