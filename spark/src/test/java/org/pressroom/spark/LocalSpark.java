package org.pressroom.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.pressroom.Release;
import org.pressroom.json.ReleaseReader;

/** One local Spark session for the module's tests, and the releases they read and write. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  /** {@return the shared session: two threads, no UI, few shuffle partitions} */
  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("pressroom-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              // a few rows per query: compiling whole stages costs more than it saves
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** {@return the seed release's JSON} */
  static String sampleJson() {
    try (InputStream in =
        Objects.requireNonNull(
            LocalSpark.class.getResourceAsStream("sample.release.json"), "sample.release.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the seed release} */
  static Release sample() {
    return ReleaseReader.strict().read(sampleJson());
  }

  /** {@return n releases: the seed with titles "Release 0", "Release 1", ...} */
  static List<Release> numbered(int n) {
    Release seed = sample();
    List<Release> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(seed.toBuilder().title("Release " + i).build());
    }
    return out;
  }
}
