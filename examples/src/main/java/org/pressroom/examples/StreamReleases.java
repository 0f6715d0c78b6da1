package org.pressroom.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/**
 * Streams a collection of releases, one at a time in constant memory, and prints their titles and
 * count.
 *
 * <p>Run it with a file: a JSON array of releases, or newline-delimited JSON when the name ends in
 * {@code .ndjson} or {@code .jsonl}. Without arguments it streams a small collection bundled with
 * the examples.
 */
public final class StreamReleases {
  private StreamReleases() {}

  /**
   * Streams the collection and prints it.
   *
   * @param args an optional path to a collection file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ReleaseReader reader = ReleaseReader.strict();
    InputStream in;
    CollectionFormat format;
    if (args.length > 0) {
      Path file = Path.of(args[0]);
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      format =
          name.endsWith(".ndjson") || name.endsWith(".jsonl")
              ? CollectionFormat.NDJSON
              : CollectionFormat.JSON_ARRAY;
      in = Files.newInputStream(file);
    } else {
      format = CollectionFormat.NDJSON;
      in =
          Objects.requireNonNull(
              StreamReleases.class.getResourceAsStream("sample.releases.ndjson"), "bundled sample");
    }

    long count = 0;
    // The stream reads lazily; closing it (try-with-resources) closes the input too.
    try (Stream<Release> releases = reader.stream(in, format)) {
      Iterator<Release> it = releases.iterator();
      while (it.hasNext()) {
        Release release = it.next();
        count++;
        System.out.println(count + ". " + release.title());
      }
    } catch (ReadException e) {
      // In a collection, the error also names the record: recordIndex() is 0-based.
      System.err.println(
          "record " + e.recordIndex() + " is not a valid release: " + e.getMessage());
    }
    System.out.println(count + (count == 1 ? " release" : " releases"));
  }
}
