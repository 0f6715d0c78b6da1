package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.UnknownKeys;

/**
 * NDJSON bytes split into lines before decoding give exactly what decoding first gives: the same
 * releases, and the same error (kind, message, pointer, line, column, record) at the same record.
 * The reference is the character iterator over {@link SourceReader#ofUtf8}, which locates every
 * problem in the whole input.
 */
class NdjsonBytesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** One outcome of the iteration: a release, or the error that ended it. */
  private record Step(Object value) {
    static Step of(ReadException e) {
      return new Step(
          List.of(
              e.getClass().getSimpleName(),
              e.getMessage(),
              String.valueOf(e.pointer()),
              e.line(),
              e.column(),
              e.recordIndex()));
    }
  }

  private static List<Step> steps(CollectionIterator it) throws IOException {
    List<Step> steps = new ArrayList<>();
    try (it) {
      while (it.hasNext()) {
        Release r = it.next();
        steps.add(new Step(r));
      }
      steps.add(new Step("end"));
    } catch (ReadException e) {
      steps.add(Step.of(e));
    }
    return steps;
  }

  private static List<Step> bytesFirst(ReleaseParser parser, InputStream in) throws IOException {
    return steps(CollectionIterator.ndjson(parser, in));
  }

  private static List<Step> decodedFirst(ReleaseParser parser, byte[] data) throws IOException {
    SourceReader source = SourceReader.ofUtf8(new ByteArrayInputStream(data), Long.MAX_VALUE);
    return steps(CollectionIterator.ndjson(parser, source));
  }

  /** Hands out at most {@code chunk} bytes per read, to move every line across buffer refills. */
  private static InputStream trickle(byte[] data, int chunk) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static void assertSame(ReleaseParser parser, byte[] data, String what)
      throws IOException {
    List<Step> expected = decodedFirst(parser, data);
    assertThat(bytesFirst(parser, new ByteArrayInputStream(data))).as(what).isEqualTo(expected);
    for (int chunk : new int[] {1, 7, 4096}) {
      assertThat(bytesFirst(parser, trickle(data, chunk)))
          .as("%s, %d bytes per read", what, chunk)
          .isEqualTo(expected);
    }
  }

  /** Each valid and invalid fixture of the reader, on one line (its line breaks made spaces). */
  private static List<byte[]> fixtureLines() {
    List<byte[]> lines = new ArrayList<>();
    for (String dir : new String[] {"valid", "invalid"}) {
      Path folder = resource(dir);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          String json = Files.readString(file, StandardCharsets.UTF_8);
          lines.add(json.replace('\r', ' ').replace('\n', ' ').getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }

  private static Path resource(String name) {
    URL url = Objects.requireNonNull(NdjsonBytesTest.class.getResource("/" + name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lines that are not valid UTF-8, or that take the other paths of the byte iterator. */
  private static List<byte[]> oddLines(byte[] valid) {
    String sample = new String(valid, StandardCharsets.UTF_8);
    int title = sample.indexOf("\"title\"");
    int value = sample.indexOf('"', title + 8) + 1;
    List<byte[]> lines = new ArrayList<>();
    for (int[] bad :
        new int[][] {
          {0xC3, 0x28}, // a lead byte without its continuation
          {0xE2, 0x82}, // truncated (before the rest of the line)
          {0xED, 0xA0, 0x80}, // an encoded surrogate
          {0xC0, 0xAF}, // overlong
          {0xFF},
          {0xEF, 0xBF, 0xBD}, // U+FFFD itself: valid
          {0xC3, 0xA9, 0xE2, 0x80, 0x99}, // é and ’: valid
          {0xF0, 0x9F, 0x93, 0xB0}, // a supplementary character: valid
        }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(valid, 0, value);
      for (int b : bad) {
        out.write(b);
      }
      out.write(valid, value, valid.length - value);
      lines.add(out.toByteArray());
    }
    lines.add(new byte[] {0, '{', '}'}); // NUL first: Jackson would guess another encoding
    lines.add(new byte[] {'{', 0, '}'});
    lines.add(new byte[] {(byte) 0xE2, (byte) 0x82}); // a line that is only a truncated sequence
    lines.add(concat(BOM, valid)); // a byte order mark is only dropped at the start of the input
    lines.add(" \t ".getBytes(StandardCharsets.US_ASCII)); // blank
    lines.add(new byte[0]);
    lines.add("{\"title\": }".getBytes(StandardCharsets.US_ASCII));
    lines.add("[1, 2]".getBytes(StandardCharsets.US_ASCII));
    return lines;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  private static final String[] TERMINATORS = {"\n", "\r\n", "\r"};

  @Test
  void everyFixtureAloneAndAfterAValidLineReadsAsDecodedFirst() throws IOException {
    ReleaseParser parser = new ReleaseParser(ReadOptions.defaults());
    List<byte[]> lines = fixtureLines();
    byte[] valid = lines.get(0);
    for (byte[] line : lines) {
      String text = new String(line, StandardCharsets.UTF_8);
      for (String t : TERMINATORS) {
        byte[] term = t.getBytes(StandardCharsets.US_ASCII);
        assertSame(parser, line, text);
        assertSame(parser, concat(valid, term, line, term), "second line: " + text);
        assertSame(parser, concat(BOM, line, term, valid), "after a BOM: " + text);
      }
    }
  }

  @Test
  void oddLinesReadAsDecodedFirstWhereverTheyStand() throws IOException {
    ReleaseParser parser = new ReleaseParser(ReadOptions.defaults());
    byte[] valid = fixtureLines().get(0);
    for (byte[] line : oddLines(valid)) {
      String text = new String(line, StandardCharsets.ISO_8859_1);
      for (String t : TERMINATORS) {
        byte[] term = t.getBytes(StandardCharsets.US_ASCII);
        assertSame(parser, concat(valid, term, line), "last line, no terminator: " + text);
        assertSame(parser, concat(valid, term, line, term, valid), "middle: " + text);
        assertSame(parser, concat(line, term, term, valid, term), "first: " + text);
      }
    }
  }

  @Test
  void linesBeyondTheLimitReadAsDecodedFirst() throws IOException {
    byte[] valid = fixtureLines().get(0);
    List<byte[]> lines = oddLines(valid);
    // around the byte length of the lines, in characters: some lines fit in characters, not bytes
    for (long max : new long[] {1, 20, valid.length - 1, valid.length, valid.length + 2}) {
      ReleaseParser parser = new ReleaseParser(ReadOptions.defaults().withMaxDocumentLength(max));
      for (byte[] line : lines) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        assertSame(parser, concat(line, "\n".getBytes(StandardCharsets.US_ASCII), valid), text);
        assertSame(parser, concat(valid, "\r\n".getBytes(StandardCharsets.US_ASCII), line), text);
      }
    }
  }

  @Test
  void randomCollectionsReadAsDecodedFirst() throws IOException {
    List<byte[]> pool = new ArrayList<>(fixtureLines());
    pool.addAll(oddLines(pool.get(0)));
    // a line longer than the iterator's first buffer
    String big = new String(pool.get(0), StandardCharsets.UTF_8);
    int body = big.indexOf("\"body\"");
    int value = big.indexOf('"', body + 6) + 1;
    pool.add(
        (big.substring(0, value) + "x".repeat(100_000) + big.substring(value))
            .getBytes(StandardCharsets.UTF_8));
    Random random = new Random(20261127);
    ReleaseParser[] parsers = {
      new ReleaseParser(ReadOptions.defaults()),
      new ReleaseParser(ReadOptions.defaults().withUnknownKeys(UnknownKeys.IGNORE)),
      new ReleaseParser(ReadOptions.defaults().withMaxDocumentLength(3000)),
    };
    for (int n = 0; n < 300; n++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (random.nextInt(4) == 0) {
        out.write(BOM, 0, BOM.length);
      }
      int count = 1 + random.nextInt(5);
      for (int i = 0; i < count; i++) {
        byte[] line = pool.get(random.nextInt(pool.size()));
        out.write(line, 0, line.length);
        if (i < count - 1 || random.nextBoolean()) {
          byte[] t = TERMINATORS[random.nextInt(3)].getBytes(StandardCharsets.US_ASCII);
          out.write(t, 0, t.length);
        }
      }
      byte[] data = out.toByteArray();
      assertSame(parsers[n % parsers.length], data, "random collection " + n);
    }
  }
}
