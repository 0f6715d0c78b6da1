package org.pressroom.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pressroom.Release;
import org.pressroom.html.BodyParser;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseReader;

/**
 * Shows that streaming a large collection keeps memory flat: reads and validates (JSON and body
 * model) a newline-delimited collection of the given size, generated on the fly, and prints the
 * heap in use as it goes.
 *
 * <p>Usage: {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar
 * org.pressroom.benchmarks.StreamCheck 1g}
 */
public final class StreamCheck {
  private StreamCheck() {}

  /**
   * Runs the check.
   *
   * @param args the collection size, such as {@code 1g} or {@code 200m} (default {@code 1g})
   * @throws IOException never, the input is generated
   */
  public static void main(String[] args) throws IOException {
    long size = parseSize(args.length > 0 ? args[0] : "1g");
    byte[] line =
        (new String(Inputs.resource("sample.release.json"), StandardCharsets.UTF_8)
                    .replace("\n", "")
                    .replace("\r", "")
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    ReleaseReader reader = ReleaseReader.strict();
    BodyParser parser = BodyParser.create();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long count = 0;
    long maxUsed = 0;
    long start = System.nanoTime();
    try (ReleaseReader.ReleaseIterator it =
        reader.iterate(new Repeating(line, size), CollectionFormat.NDJSON)) {
      while (it.hasNext()) {
        Release r = it.next();
        parser.parse(r);
        count++;
        if (count % 5000 == 0) {
          long used = memory.getHeapMemoryUsage().getUsed();
          maxUsed = Math.max(maxUsed, used);
          System.out.printf(
              Locale.ROOT,
              "%,d releases, %,d MB read, heap in use %,d MB%n",
              count,
              count * line.length >> 20,
              used >> 20);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "done: %,d releases (%,d MB) in %.1f s; max heap in use %,d MB of %,d MB allowed%n",
        count,
        count * line.length >> 20,
        seconds,
        maxUsed >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long parseSize(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("g")) {
      unit = 1L << 30;
    } else if (t.endsWith("m")) {
      unit = 1L << 20;
    } else if (t.endsWith("k")) {
      unit = 1L << 10;
    }
    if (unit != 1) {
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }

  /**
   * An input stream repeating one line until at least {@code size} bytes were produced, ending on a
   * whole line.
   */
  private static final class Repeating extends InputStream {
    private final byte[] line;
    private final long lines;
    private long lineIndex;
    private int pos;

    Repeating(byte[] line, long size) {
      this.line = line;
      this.lines = Math.max(1, (size + line.length - 1) / line.length);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (lineIndex >= lines) {
        return -1;
      }
      int n = Math.min(len, line.length - pos);
      System.arraycopy(line, pos, b, off, n);
      pos += n;
      if (pos == line.length) {
        pos = 0;
        lineIndex++;
      }
      return n;
    }
  }
}
