package org.pressroom.internal;

import static org.pressroom.internal.Field.Kind.ARRAY;
import static org.pressroom.internal.Field.Kind.CULTURE;
import static org.pressroom.internal.Field.Kind.FORMAT_VERSION;
import static org.pressroom.internal.Field.Kind.LANGUAGE;
import static org.pressroom.internal.Field.Kind.OBJECT;
import static org.pressroom.internal.Field.Kind.STRING;
import static org.pressroom.internal.Field.Kind.TIMESTAMP;
import static org.pressroom.internal.Field.Kind.TITLE;
import static org.pressroom.internal.Field.Kind.URI;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;

/**
 * The objects of the format as tables of {@link Field}s, in canonical order. One table drives the
 * reader (which key, which value, which keys are missing), the canonical writer and the records'
 * {@code KEYS}. To add a key: add its field here, its component to the record, and the record's
 * argument to the table's {@link Builder}.
 */
public final class Schema {
  /** Makes the record from the values read, in the table's order, and its unknown keys. */
  @FunctionalInterface
  interface Builder<R> {
    R build(Values v, Map<String, String> unknownKeys);
  }

  /** Gives a record's preserved unknown keys. */
  @FunctionalInterface
  interface Unknown<R> {
    Map<String, String> of(R record);
  }

  /** The values of one object being read, by field. */
  static final class Values {
    private final @Nullable Object[] values;

    Values(int size) {
      this.values = new Object[size];
    }

    void set(Field<?> f, @Nullable Object value) {
      values[f.index] = value;
    }

    /** {@return the value of a field; the reader has checked that it is present and its kind} */
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    <T> T get(Field<?> f) {
      return (T) values[f.index];
    }
  }

  /** One object of the format: its fields, in canonical order, and how to build its record. */
  public static final class Table<R> {
    private final String description;
    private final List<Field<R>> fields;
    private final Map<String, Field<R>> byName = new HashMap<>();
    private final List<String> names;
    private final Builder<R> builder;
    private final Unknown<R> unknown;

    @SafeVarargs
    Table(String description, Builder<R> builder, Unknown<R> unknown, Field<R>... fields) {
      this(description, builder, unknown, List.of(fields));
    }

    Table(String description, Builder<R> builder, Unknown<R> unknown, List<Field<R>> fields) {
      this.description = description;
      this.builder = builder;
      this.unknown = unknown;
      this.fields = List.copyOf(fields);
      List<String> list = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        Field<R> f = fields.get(i);
        f.index = i;
        byName.put(f.name(), f);
        list.add(f.name());
      }
      this.names = List.copyOf(list);
    }

    /** {@return what the object is, for messages: "an object {a, b}"} */
    String description() {
      return description;
    }

    List<Field<R>> fields() {
      return fields;
    }

    /** {@return the JSON names of the fields, in canonical order} */
    public List<String> names() {
      return names;
    }

    @Nullable Field<R> field(String name) {
      return byName.get(name);
    }

    R build(Values v, Map<String, String> unknownKeys) {
      return builder.build(v, unknownKeys);
    }

    Map<String, String> unknownKeys(R record) {
      return unknown.of(record);
    }
  }

  // ---- the small nested objects ----

  private static final Field<MainVisual> THUMBNAIL =
      Field.of("thumbnail", URI, MainVisual::thumbnail);
  private static final Field<MainVisual> VISUAL_LARGE = Field.of("large", URI, MainVisual::large);
  private static final Field<MainVisual> ORIGINAL = Field.of("original", URI, MainVisual::original);

  public static final Table<MainVisual> MAIN_VISUAL =
      new Table<>(
          "an object {thumbnail, large, original}",
          (v, unknown) ->
              new MainVisual(v.get(THUMBNAIL), v.get(VISUAL_LARGE), v.get(ORIGINAL), unknown),
          MainVisual::unknownKeys,
          THUMBNAIL,
          VISUAL_LARGE,
          ORIGINAL);

  private static final Field<HeaderImage> HEADER_LARGE = Field.of("large", URI, HeaderImage::large);
  private static final Field<HeaderImage> HEADER_RELEASE =
      Field.of("release", URI, HeaderImage::release);

  public static final Table<HeaderImage> HEADER =
      new Table<>(
          "an object {large, release}",
          (v, unknown) -> new HeaderImage(v.get(HEADER_LARGE), v.get(HEADER_RELEASE), unknown),
          HeaderImage::unknownKeys,
          HEADER_LARGE,
          HEADER_RELEASE);

  private static final Field<Author> FIRST_NAME = Field.of("first_name", STRING, Author::firstName);
  private static final Field<Author> LAST_NAME = Field.of("last_name", STRING, Author::lastName);

  public static final Table<Author> AUTHOR =
      new Table<>(
          "an object {first_name, last_name}",
          (v, unknown) -> new Author(v.get(FIRST_NAME), v.get(LAST_NAME), unknown),
          Author::unknownKeys,
          FIRST_NAME,
          LAST_NAME);

  // ---- a contact: its fields are the public Contact.Field ----

  private static final List<Field<Contact>> CONTACT_FIELDS = contactFields();

  public static final Table<Contact> CONTACT =
      new Table<>(
          "a contact object",
          (v, unknown) ->
              new Contact(
                  v.get(contactField(Contact.Field.NAME)),
                  v.get(contactField(Contact.Field.COMPANY)),
                  v.get(contactField(Contact.Field.DESCRIPTION)),
                  v.get(contactField(Contact.Field.EMAIL)),
                  v.get(contactField(Contact.Field.WEBSITE)),
                  v.get(contactField(Contact.Field.ADDRESS)),
                  v.get(contactField(Contact.Field.TELEPHONE)),
                  v.get(contactField(Contact.Field.MOBILE)),
                  v.get(contactField(Contact.Field.TWITTER)),
                  v.get(contactField(Contact.Field.FACEBOOK)),
                  unknown),
          Contact::unknownKeys,
          CONTACT_FIELDS);

  private static List<Field<Contact>> contactFields() {
    List<Field<Contact>> list = new ArrayList<>();
    for (Contact.Field f : Contact.Field.values()) {
      list.add(
          f.nullable()
              ? Field.nullable(f.jsonName(), STRING, f::of)
              : Field.of(f.jsonName(), STRING, f::of));
    }
    return List.copyOf(list);
  }

  private static Field<Contact> contactField(Contact.Field f) {
    return CONTACT_FIELDS.get(f.ordinal());
  }

  // ---- a release ----

  private static final Field<Release> TITLE_FIELD = Field.of("title", TITLE, Release::title);
  private static final Field<Release> MODIFIED_AT =
      Field.of("modified_at", TIMESTAMP, Release::modifiedAt);
  private static final Field<Release> PUBLISHED_AT =
      Field.nullable("published_at", TIMESTAMP, Release::publishedAt);
  private static final Field<Release> URL = Field.of("url", URI, Release::url);
  private static final Field<Release> SHORT_URL =
      Field.nullable("short_url", URI, Release::shortUrl);
  private static final Field<Release> CULTURE_FIELD =
      Field.of("culture", CULTURE, Release::culture);
  private static final Field<Release> LANGUAGE_FIELD =
      Field.of("language", LANGUAGE, Release::language);
  private static final Field<Release> SUBTITLE =
      Field.nullable("subtitle", STRING, Release::subtitle);
  private static final Field<Release> SLUG = Field.of("slug", STRING, Release::slug);
  private static final Field<Release> BODY = Field.of("body", STRING, Release::body);
  private static final Field<Release> MAINVISUAL =
      Field.nested("mainvisual", OBJECT, MAIN_VISUAL, Release::mainVisual);
  private static final Field<Release> HEADER_FIELD =
      Field.nested("header", OBJECT, HEADER, Release::header);
  private static final Field<Release> CONTACTS =
      Field.nested("contacts", ARRAY, CONTACT, Release::contacts);
  private static final Field<Release> AUTHOR_FIELD =
      Field.nested("author", OBJECT, AUTHOR, Release::author);
  private static final Field<Release> VERSION =
      Field.of("format_version", FORMAT_VERSION, r -> Release.FORMAT_VERSION);

  public static final Table<Release> RELEASE =
      new Table<>(
          "a JSON object (a release)",
          (v, unknown) ->
              new Release(
                  v.get(TITLE_FIELD),
                  v.get(MODIFIED_AT),
                  v.get(PUBLISHED_AT),
                  v.get(URL),
                  v.get(SHORT_URL),
                  v.get(CULTURE_FIELD),
                  v.get(LANGUAGE_FIELD),
                  v.get(SUBTITLE),
                  v.get(SLUG),
                  v.get(BODY),
                  v.get(MAINVISUAL),
                  v.get(HEADER_FIELD),
                  v.get(CONTACTS),
                  v.get(AUTHOR_FIELD),
                  unknown),
          Release::unknownKeys,
          TITLE_FIELD,
          MODIFIED_AT,
          PUBLISHED_AT,
          URL,
          SHORT_URL,
          CULTURE_FIELD,
          LANGUAGE_FIELD,
          SUBTITLE,
          SLUG,
          BODY,
          MAINVISUAL,
          HEADER_FIELD,
          CONTACTS,
          AUTHOR_FIELD,
          VERSION);

  private Schema() {}
}
