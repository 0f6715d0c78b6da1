package org.pressroom.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;

/**
 * The benchmark inputs: the sample release, releases whose bodies are large real pages, and a
 * collection.
 */
final class Inputs {
  private Inputs() {}

  /** The names accepted by {@link #release(String)}. */
  static final String SAMPLE = "sample";

  /**
   * {@return the canonical JSON bytes of a release}: {@code sample} is the bundled sample; {@code
   * pr-newswire} and {@code drk-glasgow} are the sample with its body replaced by a whole real
   * press-release page
   */
  static byte[] release(String name) {
    byte[] sample = resource("sample.release.json");
    if (name.equals(SAMPLE)) {
      return sample;
    }
    String page = new String(resource("page-" + name + ".html"), StandardCharsets.UTF_8);
    Release base = ReleaseReader.strict().read(sample);
    Release big = base.toBuilder().body(page).build();
    return ReleaseWriter.canonical().write(big).getBytes(StandardCharsets.UTF_8);
  }

  /** {@return {@code count} releases as newline-delimited JSON, each a variant of the sample} */
  static byte[] collection(int count) {
    Release base = ReleaseReader.strict().read(resource("sample.release.json"));
    List<Release> releases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      releases.add(
          base.toBuilder().title(base.title() + " #" + i).slug(base.slug() + "-" + i).build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 20_000);
    try {
      ReleaseWriter.canonical().writeAll(releases, out, CollectionFormat.NDJSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
