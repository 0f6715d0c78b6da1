package org.pressroom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
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
import org.pressroom.html.BodyParser;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseReader;

/**
 * A collection of releases as newline-delimited JSON, streamed and fully read (JSON and body) one
 * at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CollectionBenchmark {
  /** How many releases the collection holds. */
  @Param({"10000"})
  public int releases;

  private final ReleaseReader reader = ReleaseReader.strict();
  private final BodyParser parser = BodyParser.create();
  private byte[] ndjson;

  /** Builds the collection outside the measurement. */
  @Setup
  public void setUp() {
    ndjson = Inputs.collection(releases);
  }

  /** Streams the collection: strict read and body model of each release. */
  @Benchmark
  public long pressroomStream() throws IOException {
    long blocks = 0;
    try (ReleaseReader.ReleaseIterator it =
        reader.iterate(new ByteArrayInputStream(ndjson), CollectionFormat.NDJSON)) {
      while (it.hasNext()) {
        Release r = it.next();
        blocks += parser.parse(r).blocks().size();
      }
    }
    return blocks;
  }

  /** Baseline: Jackson's MappingIterator over the lines, then jsoup and one walk per body. */
  @Benchmark
  public long baselineStream() throws IOException {
    long sum = 0;
    try (MappingIterator<JsonNode> it =
        Baseline.MAPPER.readerFor(JsonNode.class).readValues(new ByteArrayInputStream(ndjson))) {
      Iterator<JsonNode> i = it;
      while (i.hasNext()) {
        JsonNode tree = i.next();
        sum += Baseline.parseAndWalk(tree.get("body").asText(), tree.get("url").asText());
      }
    }
    return sum;
  }
}
