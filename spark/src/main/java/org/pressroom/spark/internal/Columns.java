package org.pressroom.spark.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyLink;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Heading;

/**
 * The columns of the data source: their names and types, and how each is read from a release and
 * its body model. Rows are built only for the columns a query asks for, and the body is parsed only
 * when one of its columns is asked for.
 */
public final class Columns {

  /** The column of preserved unknown keys (option {@code unknownKeys} = {@code preserve}). */
  public static final String UNKNOWN_KEYS = "unknown_keys";

  /** The file a row was read from. */
  public static final String SOURCE = "_source";

  /** The record's index in its file. */
  public static final String RECORD = "_record";

  /** The located message of a malformed record, or null. */
  public static final String ERROR = "_error";

  private static final StructType MAIN_VISUAL = strings(MainVisual.KEYS);
  private static final StructType HEADER = strings(HeaderImage.KEYS);
  private static final StructType CONTACT = strings(Contact.KEYS);
  private static final StructType AUTHOR = strings(Author.KEYS);
  private static final StructType DATELINE =
      new StructType()
          .add("location", DataTypes.StringType)
          .add("date", DataTypes.DateType)
          .add("text", DataTypes.StringType);
  private static final StructType HEADING =
      new StructType()
          .add("level", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType, false)
          .add("inferred", DataTypes.BooleanType, false);
  private static final StructType BODY_CONTACT =
      CONTACT.add("avatar", DataTypes.StringType).add("origin", DataTypes.StringType);
  private static final StructType LINK =
      new StructType()
          .add("href", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false);

  private static final Map<String, Column> ALL = new LinkedHashMap<>();

  static {
    DataType ts = DataTypes.TimestampNTZType;
    DataType str = DataTypes.StringType;
    release("title", str, r -> utf8(r.title()));
    release("modified_at", ts, r -> micros(r.modifiedAt()));
    release("published_at", ts, r -> micros(r.publishedAt()));
    release("url", str, r -> utf8(r.url()));
    release("short_url", str, r -> utf8(r.shortUrl()));
    release("culture", str, r -> utf8(r.culture().code()));
    release("language", str, r -> utf8(r.language()));
    release("subtitle", str, r -> utf8(r.subtitle()));
    release("slug", str, r -> utf8(r.slug()));
    release("body", str, r -> utf8(r.body()));
    release("mainvisual", MAIN_VISUAL, r -> mainVisual(r.mainVisual()));
    release("header", HEADER, r -> header(r.header()));
    release(
        "contacts", new ArrayType(CONTACT, false), r -> array(r.contacts(), c -> contact(c, 0)));
    release("author", AUTHOR, r -> author(r.author()));
    release("format_version", DataTypes.IntegerType, r -> Release.FORMAT_VERSION);
    release(
        UNKNOWN_KEYS,
        DataTypes.createMapType(str, str, false),
        r ->
            ArrayBasedMapData.apply(
                r.unknownKeys().keySet().stream().map(Columns::utf8).toArray(),
                r.unknownKeys().values().stream().map(Columns::utf8).toArray()));
    body("body_text", str, b -> utf8(b.text()));
    body("body_word_count", DataTypes.IntegerType, Body::wordCount);
    body("dateline", DATELINE, b -> dateline(b.dateline()));
    body("headings", new ArrayType(HEADING, false), b -> array(b.headings(), Columns::heading));
    body(
        "body_contacts",
        new ArrayType(BODY_CONTACT, false),
        b -> array(b.contacts(), Columns::bodyContact));
    body("links", new ArrayType(LINK, false), b -> array(b.links(), Columns::link));
    body(
        "roles",
        new ArrayType(DataTypes.StringType, false),
        b -> array(b.roles(), r -> UTF8String.fromString(r.jsonName())));
  }

  private Columns() {}

  /**
   * {@return the schema for these settings}: the release keys, the preserved unknown keys (with
   * {@code unknownKeys} = {@code preserve}), the body model (unless {@code body} = {@code none}),
   * and {@code _source}, {@code _record}, {@code _error}
   *
   * @param settings the read settings
   */
  public static StructType schema(ReadSettings settings) {
    StructType s = new StructType();
    for (Column c : ALL.values()) {
      if (c.name.equals(UNKNOWN_KEYS)
          && settings.unknownKeys() != org.pressroom.json.UnknownKeys.PRESERVE) {
        continue;
      }
      if (c.body && !settings.body()) {
        continue;
      }
      s = s.add(c.name, c.type, true);
    }
    return s.add(SOURCE, DataTypes.StringType, false)
        .add(RECORD, DataTypes.LongType, false)
        .add(ERROR, DataTypes.StringType, true);
  }

  /**
   * {@return the columns of a required schema, in its order, as the full columns}: Spark may ask
   * for fewer columns than {@link #schema} has, but always for whole columns (see {@link #prune})
   *
   * @param required the columns a query reads
   * @param full the full schema
   */
  public static StructType prune(StructType required, StructType full) {
    StructType s = new StructType();
    for (StructField f : required.fields()) {
      s = s.add(full.apply(f.name()));
    }
    return s;
  }

  /** {@return whether one of these columns needs the body model} */
  static boolean needsBody(StructType schema) {
    for (String name : schema.fieldNames()) {
      Column c = ALL.get(name);
      if (c != null && c.body) {
        return true;
      }
    }
    return false;
  }

  /** Builds rows of one schema. Not thread-safe: one per task. */
  static final class RowBuilder {
    private final int[] kinds;
    private final @Nullable Column[] columns;

    private static final int SOURCE_KIND = 1;
    private static final int RECORD_KIND = 2;
    private static final int ERROR_KIND = 3;

    RowBuilder(StructType schema) {
      String[] names = schema.fieldNames();
      kinds = new int[names.length];
      columns = new Column[names.length];
      for (int i = 0; i < names.length; i++) {
        switch (names[i]) {
          case SOURCE -> kinds[i] = SOURCE_KIND;
          case RECORD -> kinds[i] = RECORD_KIND;
          case ERROR -> kinds[i] = ERROR_KIND;
          default -> {
            Column c = ALL.get(names[i]);
            if (c == null) {
              throw new IllegalArgumentException("no column " + names[i]);
            }
            columns[i] = c;
          }
        }
      }
    }

    /** {@return the row of a release read well} */
    InternalRow row(UTF8String source, long record, Release release, @Nullable Body body) {
      Object[] values = new Object[kinds.length];
      for (int i = 0; i < values.length; i++) {
        switch (kinds[i]) {
          case SOURCE_KIND -> values[i] = source;
          case RECORD_KIND -> values[i] = record;
          case ERROR_KIND -> {
            // no error: null
          }
          default -> {
            Column c = columns[i];
            if (c != null) {
              values[i] =
                  c.body ? (body == null ? null : c.fromBody(body)) : c.fromRelease(release);
            }
          }
        }
      }
      return new GenericInternalRow(values);
    }

    /** {@return the row of a malformed record}: only the {@code _} columns are set */
    InternalRow error(UTF8String source, long record, String message) {
      Object[] values = new Object[kinds.length];
      for (int i = 0; i < values.length; i++) {
        if (kinds[i] == SOURCE_KIND) {
          values[i] = source;
        } else if (kinds[i] == RECORD_KIND) {
          values[i] = record;
        } else if (kinds[i] == ERROR_KIND) {
          values[i] = UTF8String.fromString(message);
        }
      }
      return new GenericInternalRow(values);
    }
  }

  private static void release(String name, DataType type, Function<Release, @Nullable Object> f) {
    ALL.put(name, new Column(name, type, false, f, null));
  }

  private static void body(String name, DataType type, Function<Body, @Nullable Object> f) {
    ALL.put(name, new Column(name, type, true, null, f));
  }

  private static final class Column {
    final String name;
    final DataType type;
    final boolean body;
    private final @Nullable Function<Release, @Nullable Object> fromRelease;
    private final @Nullable Function<Body, @Nullable Object> fromBody;

    Column(
        String name,
        DataType type,
        boolean body,
        @Nullable Function<Release, @Nullable Object> fromRelease,
        @Nullable Function<Body, @Nullable Object> fromBody) {
      this.name = name;
      this.type = type;
      this.body = body;
      this.fromRelease = fromRelease;
      this.fromBody = fromBody;
    }

    @Nullable Object fromRelease(Release r) {
      return fromRelease == null ? null : fromRelease.apply(r);
    }

    @Nullable Object fromBody(Body b) {
      return fromBody == null ? null : fromBody.apply(b);
    }
  }

  private static StructType strings(List<String> keys) {
    StructType s = new StructType();
    for (String k : keys) {
      s = s.add(k, DataTypes.StringType);
    }
    return s;
  }

  static @Nullable UTF8String utf8(@Nullable Object value) {
    return value == null ? null : UTF8String.fromString(value.toString());
  }

  /** {@return the microseconds since the epoch of a time without zone, as Spark's TIMESTAMP_NTZ} */
  static @Nullable Object micros(@Nullable LocalDateTime t) {
    if (t == null) {
      return null;
    }
    return Math.addExact(
        Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1_000_000L),
        t.getLong(ChronoField.MICRO_OF_SECOND));
  }

  static LocalDateTime dateTime(long micros) {
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L),
        (int) Math.floorMod(micros, 1_000_000L) * 1000,
        ZoneOffset.UTC);
  }

  private static <T> GenericArrayData array(List<T> items, Function<T, Object> f) {
    Object[] out = new Object[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.apply(items.get(i));
    }
    return new GenericArrayData(out);
  }

  private static @Nullable Object mainVisual(@Nullable MainVisual v) {
    return v == null ? null : struct(v.thumbnail(), v.large(), v.original());
  }

  private static @Nullable Object header(@Nullable HeaderImage h) {
    return h == null ? null : struct(h.large(), h.release());
  }

  private static @Nullable Object author(@Nullable Author a) {
    return a == null ? null : struct(a.firstName(), a.lastName());
  }

  private static GenericInternalRow struct(@Nullable Object... values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = utf8(values[i]);
    }
    return new GenericInternalRow(out);
  }

  private static Object[] contactValues(Contact c, int extra) {
    Object[] out = new Object[10 + extra];
    out[0] = utf8(c.name());
    out[1] = utf8(c.company());
    out[2] = utf8(c.description());
    out[3] = utf8(c.email());
    out[4] = utf8(c.website());
    out[5] = utf8(c.address());
    out[6] = utf8(c.telephone());
    out[7] = utf8(c.mobile());
    out[8] = utf8(c.twitter());
    out[9] = utf8(c.facebook());
    return out;
  }

  private static Object contact(Contact c, int extra) {
    return new GenericInternalRow(contactValues(c, extra));
  }

  private static Object bodyContact(ContactBlock b) {
    Object[] values = contactValues(b.contact(), 2);
    values[10] = utf8(b.avatar());
    values[11] = utf8(b.origin().jsonName());
    return new GenericInternalRow(values);
  }

  private static Object heading(Heading h) {
    return new GenericInternalRow(new Object[] {h.level(), utf8(h.text()), h.inferred()});
  }

  private static Object link(BodyLink l) {
    return new GenericInternalRow(
        new Object[] {utf8(l.href()), utf8(l.text()), utf8(l.kind().jsonName())});
  }

  private static @Nullable Object dateline(@Nullable Dateline d) {
    if (d == null) {
      return null;
    }
    LocalDate date = d.date();
    @Nullable Object days = date == null ? null : (int) date.toEpochDay();
    return new GenericInternalRow(new Object[] {utf8(d.location()), days, utf8(d.text())});
  }
}
