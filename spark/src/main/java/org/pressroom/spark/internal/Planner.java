package org.pressroom.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Lists the input files and cuts them into the partitions of a scan, as Spark's file sources do:
 * globs expand, directories are listed with their subdirectories (names starting with {@code _} or
 * {@code .} are skipped), large NDJSON files are split, and small files are packed together up to
 * {@code spark.sql.files.maxPartitionBytes}, each file counted with {@code
 * spark.sql.files.openCostInBytes} more.
 */
final class Planner {
  private Planner() {}

  /** {@return the paths of the options {@code path} and {@code paths} (a JSON array)} */
  static List<String> paths(Map<String, String> options) {
    List<String> out = new ArrayList<>();
    String one = ReadSettings.value(options, "path");
    if (one != null) {
      out.add(one);
    }
    String many = ReadSettings.value(options, "paths");
    if (many != null) {
      try (JsonParser p = new JsonFactory().createParser(many)) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException("option paths: expected a JSON array of paths");
        }
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          out.add(p.getText());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "no input path: give one with load(path) or option(\"path\", ...)");
    }
    return out;
  }

  /**
   * {@return the files under the paths, each once, in path order}
   *
   * @throws IllegalArgumentException if a path matches nothing
   */
  static List<FileStatus> list(List<String> paths, Configuration conf) {
    List<FileStatus> files = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("path does not exist: " + p);
        }
        for (FileStatus m : matches) {
          if (m.isDirectory()) {
            listDirectory(fs, m.getPath(), files);
          } else {
            files.add(m);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(f -> f.getPath().toString()));
    List<FileStatus> unique = new ArrayList<>();
    for (FileStatus f : files) {
      if (unique.isEmpty()
          || !unique.get(unique.size() - 1).getPath().toString().equals(f.getPath().toString())) {
        unique.add(f);
      }
    }
    return unique;
  }

  private static void listDirectory(FileSystem fs, Path dir, List<FileStatus> out)
      throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(f -> f.getPath().getName()));
    for (FileStatus c : children) {
      String name = c.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (c.isDirectory()) {
        listDirectory(fs, c.getPath(), out);
      } else {
        out.add(c);
      }
    }
  }

  /** {@return whether a file name (without a compression suffix) names NDJSON} */
  static boolean ndjsonName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".ndjson") || n.endsWith(".jsonl");
  }

  /**
   * {@return the partitions of a scan}
   *
   * @param files the input files
   * @param format the option {@code format}
   * @param conf the Hadoop configuration (for compression codecs)
   * @param maxPartitionBytes {@code spark.sql.files.maxPartitionBytes}
   * @param openCost {@code spark.sql.files.openCostInBytes}
   * @param minPartitions the parallelism to aim for
   */
  static List<SlicePartition> partitions(
      List<FileStatus> files,
      ReadSettings.Format format,
      Configuration conf,
      long maxPartitionBytes,
      long openCost,
      int minPartitions) {
    long total = 0;
    for (FileStatus f : files) {
      total += f.getLen() + openCost;
    }
    long perCore = total / Math.max(1, minPartitions);
    long maxSplit = Math.max(1, Math.min(maxPartitionBytes, Math.max(openCost, perCore)));
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<FileSlice> slices = new ArrayList<>();
    for (FileStatus f : files) {
      Path path = f.getPath();
      CompressionCodec codec = codecs.getCodec(path);
      String name =
          codec == null
              ? path.getName()
              : CompressionCodecFactory.removeSuffix(path.getName(), codec.getDefaultExtension());
      ReadSettings.Format resolved = format;
      if (format == ReadSettings.Format.AUTO && ndjsonName(name)) {
        resolved = ReadSettings.Format.NDJSON;
      }
      long length = f.getLen();
      if (resolved == ReadSettings.Format.NDJSON && codec == null && length > maxSplit) {
        for (long start = 0; start < length; start += maxSplit) {
          slices.add(
              new FileSlice(
                  path.toString(), start, Math.min(maxSplit, length - start), resolved, false));
        }
      } else {
        slices.add(new FileSlice(path.toString(), 0, length, resolved, codec != null));
      }
    }
    // As Spark's file sources: the largest slices first, each into the current partition while
    // it has room
    slices.sort(Comparator.comparingLong(FileSlice::length).reversed());
    List<SlicePartition> partitions = new ArrayList<>();
    List<FileSlice> current = new ArrayList<>();
    long size = 0;
    for (FileSlice s : slices) {
      if (!current.isEmpty() && size + s.length() > maxSplit) {
        partitions.add(new SlicePartition(current));
        current = new ArrayList<>();
        size = 0;
      }
      current.add(s);
      size += s.length() + openCost;
    }
    if (!current.isEmpty()) {
      partitions.add(new SlicePartition(current));
    }
    return partitions;
  }
}
