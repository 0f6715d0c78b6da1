package org.pressroom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.pressroom.Release;
import org.pressroom.json.ReleaseReader;
import org.pressroom.json.ReleaseWriter;

/**
 * Writes release files for the whole-process measurement of {@code pressroom validate}: variants of
 * the sample (each with its own title and slug), one canonical file each, named {@code
 * release-00001.json} and so on.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.pressroom.benchmarks.WriteReleases
 * DIR [COUNT]} (default 2,000).
 */
public final class WriteReleases {
  private WriteReleases() {}

  /**
   * Writes the files.
   *
   * @param args the folder (created if missing), then an optional count
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: WriteReleases DIR [COUNT]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Release base = ReleaseReader.strict().read(Inputs.resource("sample.release.json"));
    ReleaseWriter writer = ReleaseWriter.canonical();
    for (int i = 1; i <= count; i++) {
      Release r =
          base.toBuilder().title(base.title() + " #" + i).slug(base.slug() + "-" + i).build();
      writer.write(r, dir.resolve(String.format(Locale.ROOT, "release-%05d.json", i)));
    }
    System.out.println(count + " releases written to " + dir);
  }
}
