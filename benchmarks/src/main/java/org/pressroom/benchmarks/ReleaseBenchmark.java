package org.pressroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;

/**
 * One release, read and written by Pressroom and by the baseline, side by side. Benchmarks named
 * {@code pressroomX} and {@code baselineX} do the same job; the README reports their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReleaseBenchmark {
  /** Which release: the sample, or the sample with a whole real page as its body. */
  @Param({"sample", "pr-newswire", "drk-glasgow"})
  public String release;

  private final ReleaseReader reader = ReleaseReader.strict();
  private final BodyParser parser = BodyParser.create();
  private final ReleaseWriter writer = ReleaseWriter.canonical();

  private byte[] json;
  private Release parsed;
  private JsonNode tree;
  private String body;
  private String url;

  /** Prepares the inputs outside the measurement. */
  @Setup
  public void setUp() throws IOException {
    json = Inputs.release(release);
    parsed = reader.read(json);
    tree = Baseline.readTree(json);
    body = parsed.body();
    url = parsed.url().toString();
  }

  /** Strict read of the JSON alone. */
  @Benchmark
  public Release pressroomJson() {
    return reader.read(json);
  }

  /** Baseline: Jackson's tree. */
  @Benchmark
  public JsonNode baselineJson() throws IOException {
    return Baseline.readTree(json);
  }

  /** The body model alone. */
  @Benchmark
  public Body pressroomBody() {
    return parser.parse(parsed);
  }

  /** Baseline: jsoup's body fragment parse and one walk. */
  @Benchmark
  public long baselineBody() {
    return Baseline.parseAndWalk(body, url);
  }

  /** Full read: strict JSON and the body model. */
  @Benchmark
  public Body pressroomFullRead() {
    return parser.parse(reader.read(json));
  }

  /** Baseline full read: Jackson tree, then jsoup and one walk. */
  @Benchmark
  public long baselineFullRead() throws IOException {
    return Baseline.fullRead(json);
  }

  /** Canonical write. */
  @Benchmark
  public String pressroomWrite() {
    return writer.write(parsed);
  }

  /** Baseline: Jackson writing the same release as a tree with its default pretty printer. */
  @Benchmark
  public String baselineWrite() throws IOException {
    return Baseline.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }
}
