package org.pressroom.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One key of an object of the format: its JSON name, the kind of its value, whether the value may
 * be null, and how to get it from the model record. Every key of every object is required. A field
 * belongs to one {@link Schema.Table}, which gives it its place.
 *
 * @param <R> the record of the object
 */
final class Field<R> {
  /** The kinds of value, each read, checked and written one way. */
  enum Kind {
    /** Any string. */
    STRING,
    /** A string that is not blank. */
    TITLE,
    /** Two or three letters. */
    LANGUAGE,
    /** A locale code, as {@link org.pressroom.Culture}. */
    CULTURE,
    /** {@code yyyy-MM-dd HH:mm:ss}. */
    TIMESTAMP,
    /** An absolute http(s) URI. */
    URI,
    /** An object of the field's {@link #table()}. */
    OBJECT,
    /** An array of objects of the field's {@link #table()}. */
    ARRAY,
    /** The integer 5. */
    FORMAT_VERSION
  }

  private final String name;
  private final Kind kind;
  private final boolean nullable;
  private final Function<R, @Nullable Object> get;
  private final Schema.@Nullable Table<?> table;
  int index = -1;

  private Field(
      String name,
      Kind kind,
      boolean nullable,
      Function<R, @Nullable Object> get,
      Schema.@Nullable Table<?> table) {
    this.name = name;
    this.kind = kind;
    this.nullable = nullable;
    this.get = get;
    this.table = table;
  }

  static <R> Field<R> of(String name, Kind kind, Function<R, @Nullable Object> get) {
    return new Field<>(name, kind, false, get, null);
  }

  static <R> Field<R> nullable(String name, Kind kind, Function<R, @Nullable Object> get) {
    return new Field<>(name, kind, true, get, null);
  }

  /** A nested object ({@link Kind#OBJECT}, nullable) or array of them ({@link Kind#ARRAY}). */
  static <R> Field<R> nested(
      String name, Kind kind, Schema.Table<?> table, Function<R, @Nullable Object> get) {
    return new Field<>(name, kind, kind == Kind.OBJECT, get, table);
  }

  String name() {
    return name;
  }

  Kind kind() {
    return kind;
  }

  boolean nullable() {
    return nullable;
  }

  @Nullable Object get(R record) {
    return get.apply(record);
  }

  /** {@return the table of a nested object or of an array's elements} */
  Schema.Table<?> table() {
    if (table == null) {
      throw new IllegalStateException(name + " holds no objects");
    }
    return table;
  }
}
