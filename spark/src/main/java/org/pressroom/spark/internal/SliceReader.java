package org.pressroom.spark.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/** Reads the records of one file slice, one at a time. */
abstract class SliceReader implements Closeable {

  /** {@return the next record, or null at the end of the slice} */
  abstract @Nullable Item next() throws IOException;

  /** Opens a reader for a slice. */
  static SliceReader open(FileSlice slice, Configuration conf, ReleaseReader reader)
      throws IOException {
    Path path = new Path(slice.path());
    FileSystem fs = path.getFileSystem(conf);
    FSDataInputStream raw = fs.open(path);
    try {
      InputStream in = raw;
      if (slice.compressed()) {
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        if (codec == null) {
          throw new IOException("no compression codec for " + path);
        }
        in = codec.createInputStream(raw);
      }
      ReadSettings.Format format = slice.format();
      if (format == ReadSettings.Format.NDJSON) {
        return new Ndjson(in, raw, slice, reader);
      }
      BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
      if (format == ReadSettings.Format.AUTO) {
        format = sniff(buffered);
      }
      return format == ReadSettings.Format.ARRAY
          ? new Array(buffered, reader)
          : new One(buffered, reader);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * {@return ARRAY if the first character after a byte order mark and whitespace is {@code [}, else
   * RELEASE}
   */
  private static ReadSettings.Format sniff(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      int c = in.read();
      if (c == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
        c = in.read();
      }
      for (int i = 0; i < 4000 && (c == ' ' || c == '\t' || c == '\n' || c == '\r'); i++) {
        c = in.read();
      }
      return c == '[' ? ReadSettings.Format.ARRAY : ReadSettings.Format.RELEASE;
    } finally {
      in.reset();
    }
  }

  /** A file that holds one release. */
  private static final class One extends SliceReader {
    private final InputStream in;
    private final ReleaseReader reader;
    private boolean done;

    One(InputStream in, ReleaseReader reader) {
      this.in = in;
      this.reader = reader;
    }

    @Override
    @Nullable Item next() throws IOException {
      if (done) {
        return null;
      }
      done = true;
      try {
        return new Item(0, reader.read(in), null);
      } catch (ReadException e) {
        return new Item(0, null, e.getMessage());
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * A JSON array of releases. After a malformed record the rest of the array cannot be found
   * reliably, so the file ends there (its error is the last record read from it).
   */
  private static final class Array extends SliceReader {
    private final ReleaseReader.ReleaseIterator it;
    private long index;
    private boolean done;

    Array(InputStream in, ReleaseReader reader) {
      this.it = reader.iterate(in, CollectionFormat.JSON_ARRAY);
    }

    @Override
    @Nullable Item next() {
      if (done) {
        return null;
      }
      try {
        if (!it.hasNext()) {
          done = true;
          return null;
        }
        Release r = it.next();
        return new Item(index++, r, null);
      } catch (ReadException e) {
        done = true;
        long at = e.recordIndex() >= 0 ? e.recordIndex() : index;
        return new Item(at, null, e.getMessage());
      } catch (NoSuchElementException e) {
        done = true;
        return null;
      }
    }

    @Override
    public void close() throws IOException {
      it.close();
    }
  }

  /**
   * NDJSON: the lines that start in the slice. A slice that does not start at the beginning of the
   * file first skips to the first line that starts in it (the line that crosses its start belongs
   * to the slice before, which reads on past its own end to finish it), and counts the lines and
   * records before that line by a scan of the bytes before it, so that {@code _record} and the line
   * numbers of messages are those of the whole file.
   */
  private static final class Ndjson extends SliceReader {
    private final InputStream in;
    private final FSDataInputStream raw;
    private final ReleaseReader reader;
    // a compressed file is one slice, from the first byte of its decompressed content to the last
    private final long start;
    private final long end;
    private final long maxLineBytes;
    private @Nullable LineReader lines;
    private long record;
    private long line;

    Ndjson(InputStream in, FSDataInputStream raw, FileSlice slice, ReleaseReader reader) {
      this.in = in;
      this.raw = raw;
      this.reader = reader;
      this.start = slice.compressed() ? 0 : slice.start();
      this.end = slice.compressed() ? Long.MAX_VALUE : slice.start() + slice.length();
      // at most 3 bytes of UTF-8 per UTF-16 unit, and some room for a byte order mark
      long max = reader.options().maxDocumentLength();
      this.maxLineBytes = max > (Integer.MAX_VALUE - 16) / 3 ? Integer.MAX_VALUE - 16 : 3 * max + 3;
    }

    private LineReader toFirstLine() throws IOException {
      if (start == 0) {
        return new LineReader(in, 0, maxLineBytes);
      }
      raw.seek(start - 1);
      LineReader r = new LineReader(in, start - 1, maxLineBytes);
      int before = r.read();
      if (before == '\r') {
        if (r.peek() == '\n') {
          r.read();
        }
      } else if (before != '\n') {
        r.skipLine();
      }
      long first = r.offset();
      if (first >= end) {
        return r; // no line starts in this slice
      }
      // count what comes before the first line of this slice
      raw.seek(0);
      LineReader prefix = new LineReader(in, 0, maxLineBytes);
      while (prefix.offset() < first && prefix.next(false)) {
        line++;
        if (!prefix.blank()) {
          record++;
        }
      }
      raw.seek(first);
      return new LineReader(in, first, maxLineBytes);
    }

    @Override
    @Nullable Item next() throws IOException {
      LineReader r = lines;
      if (r == null) {
        r = toFirstLine();
        lines = r;
      }
      while (true) {
        if (r.offset() >= end || !r.next(true)) {
          return null;
        }
        line++;
        if (r.blank()) {
          continue;
        }
        long index = record++;
        if (r.tooLong()) {
          return new Item(
              index,
              null,
              "record "
                  + index
                  + ", line "
                  + line
                  + ", column 1: the record is longer than "
                  + maxLineBytes
                  + " bytes, the reader's document limit");
        }
        try {
          return new Item(index, reader.read(r.bytes()), null);
        } catch (ReadException e) {
          return new Item(index, null, relocate(e, index, line));
        }
      }
    }

    /** The message of an error in one line, with the record and the line of the file. */
    private static String relocate(ReadException e, long index, long line) {
      String message = e.getMessage();
      String at = "line " + e.line() + ", column " + e.column();
      String rest = message.startsWith(at) ? message.substring(at.length()) : ": " + message;
      long fileLine = line + Math.max(0, e.line() - 1);
      return "record " + index + ", line " + fileLine + ", column " + e.column() + rest;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
