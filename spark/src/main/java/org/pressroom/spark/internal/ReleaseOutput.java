package org.pressroom.spark.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.json.CollectionFormat;
import org.pressroom.json.ReleaseWriter;

/**
 * Writes rows as canonical NDJSON, one release a line, from the release columns (the others are not
 * written). Spark's file writer calls it: one file per task, committed as its file sources are.
 */
public final class ReleaseOutput extends OutputWriterFactory {
  private static final long serialVersionUID = 1L;

  /** The columns a written row must have (the others of the format may be absent: null). */
  private static final List<String> REQUIRED =
      List.of("title", "modified_at", "url", "culture", "language", "slug", "body", "contacts");

  private final int[] index;

  /**
   * Checks the schema of the rows to write.
   *
   * @param schema the rows' schema
   * @throws IllegalArgumentException if a required release column is missing or a release column
   *     has another type than the data source reads
   */
  public ReleaseOutput(StructType schema) {
    StructType expected =
        Columns.schema(
            new ReadSettings(
                ReadSettings.Format.AUTO,
                ReadSettings.Mode.PERMISSIVE,
                org.pressroom.json.UnknownKeys.PRESERVE,
                false));
    List<String> names = new ArrayList<>(Release.KEYS);
    names.add(Columns.UNKNOWN_KEYS);
    names.add(Columns.ERROR);
    index = new int[names.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      index[i] = schema.getFieldIndex(name).isDefined() ? schema.fieldIndex(name) : -1;
      if (index[i] < 0) {
        if (REQUIRED.contains(name)) {
          missing.add(name);
        }
        continue;
      }
      DataType want = expected.apply(name).dataType();
      DataType have = schema.fields()[index[i]].dataType();
      if (!name.equals("format_version") && !want.catalogString().equals(have.catalogString())) {
        throw new IllegalArgumentException(
            "column "
                + name
                + ": expected "
                + want.catalogString()
                + ", found "
                + have.catalogString());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the rows lack the release column(s) " + String.join(", ", missing));
    }
  }

  @Override
  public String getFileExtension(TaskAttemptContext context) {
    return ".ndjson";
  }

  @Override
  public OutputWriter newInstance(String path, StructType dataSchema, TaskAttemptContext context) {
    try {
      Path p = new Path(path);
      OutputStream out = p.getFileSystem(context.getConfiguration()).create(p, false);
      return new Writer(path, new BufferedOutputStream(out, 1 << 16), index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer extends OutputWriter {
    private final String path;
    private final OutputStream out;
    private final int[] index;
    private final ReleaseWriter writer = ReleaseWriter.canonical();

    Writer(String path, OutputStream out, int[] index) {
      this.path = path;
      this.out = out;
      this.index = index;
    }

    @Override
    public void write(InternalRow row) {
      Release release = release(row, index);
      try {
        writer.writeAll(List.of(release), out, CollectionFormat.NDJSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String path() {
      return path;
    }
  }

  /** {@return the release of a row; index[i] is the place of the i-th release key, or -1} */
  static Release release(InternalRow row, int[] index) {
    int error = index[index.length - 1];
    if (error >= 0 && !row.isNullAt(error)) {
      throw new IllegalArgumentException(
          "a row read with an error cannot be written (filter on _error IS NULL first): "
              + row.getUTF8String(error));
    }
    try {
      Release.Builder b =
          Release.builder()
              .title(requireString(row, index[0], "title"))
              .modifiedAt(Columns.dateTime(requireLong(row, index[1], "modified_at")))
              .url(URI.create(requireString(row, index[3], "url")))
              .culture(Culture.of(requireString(row, index[5], "culture")))
              .language(requireString(row, index[6], "language"))
              .subtitle(string(row, index[7]))
              .slug(requireString(row, index[8], "slug"))
              .body(requireString(row, index[9], "body"));
      if (present(row, index[2])) {
        b.publishedAt(Columns.dateTime(row.getLong(index[2])));
      }
      String shortUrl = string(row, index[4]);
      if (shortUrl != null) {
        b.shortUrl(URI.create(shortUrl));
      }
      if (present(row, index[10])) {
        InternalRow v = row.getStruct(index[10], 3);
        b.mainVisual(
            new MainVisual(
                URI.create(field(v, 0, "mainvisual.thumbnail")),
                URI.create(field(v, 1, "mainvisual.large")),
                URI.create(field(v, 2, "mainvisual.original"))));
      }
      if (present(row, index[11])) {
        InternalRow h = row.getStruct(index[11], 2);
        b.header(
            new HeaderImage(
                URI.create(field(h, 0, "header.large")),
                URI.create(field(h, 1, "header.release"))));
      }
      if (!present(row, index[12])) {
        throw new IllegalArgumentException("contacts is null");
      }
      ArrayData contacts = row.getArray(index[12]);
      for (int i = 0; i < contacts.numElements(); i++) {
        if (contacts.isNullAt(i)) {
          throw new IllegalArgumentException("contacts[" + i + "] is null");
        }
        InternalRow c = contacts.getStruct(i, 10);
        b.addContact(
            new Contact(
                field(c, 0, "contacts[" + i + "].name"),
                fieldOrNull(c, 1),
                fieldOrNull(c, 2),
                fieldOrNull(c, 3),
                fieldOrNull(c, 4),
                fieldOrNull(c, 5),
                fieldOrNull(c, 6),
                fieldOrNull(c, 7),
                fieldOrNull(c, 8),
                fieldOrNull(c, 9)));
      }
      if (present(row, index[13])) {
        InternalRow a = row.getStruct(index[13], 2);
        b.author(new Author(field(a, 0, "author.first_name"), field(a, 1, "author.last_name")));
      }
      int unknown = index[15];
      if (present(row, unknown)) {
        MapData m = row.getMap(unknown);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < m.numElements(); i++) {
          keys.put(
              m.keyArray().getUTF8String(i).toString(), m.valueArray().getUTF8String(i).toString());
        }
        b.unknownKeys(keys);
      }
      return b.build();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot write a row as a release: " + e.getMessage(), e);
    }
  }

  private static boolean present(InternalRow row, int i) {
    return i >= 0 && !row.isNullAt(i);
  }

  private static @Nullable String string(InternalRow row, int i) {
    return present(row, i) ? row.getUTF8String(i).toString() : null;
  }

  private static String requireString(InternalRow row, int i, String name) {
    String s = string(row, i);
    if (s == null) {
      throw new IllegalArgumentException(name + " is null");
    }
    return s;
  }

  private static long requireLong(InternalRow row, int i, String name) {
    if (!present(row, i)) {
      throw new IllegalArgumentException(name + " is null");
    }
    return row.getLong(i);
  }

  private static String field(InternalRow struct, int i, String name) {
    return requireString(struct, i, name);
  }

  private static @Nullable String fieldOrNull(InternalRow struct, int i) {
    return string(struct, i);
  }
}
