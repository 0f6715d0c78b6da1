package org.pressroom;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.internal.Checks;
import org.pressroom.internal.Schema;

/**
 * One press release in the newsroom export format, version {@value #FORMAT_VERSION}.
 *
 * <p>Immutable and thread-safe. The constructor checks every rule of the format that a value can
 * break (a blank title, a URI that is not absolute http(s), a bad culture or language, a timestamp
 * with fractions of a second), so a release that exists can always be written and read back to an
 * equal release. To create or modify releases in code, use {@link #builder()} and {@link
 * #toBuilder()}; the builder drops fractions of a second, so {@code LocalDateTime.now()} can be
 * given as it is:
 *
 * <pre>{@code
 * Release release = Release.builder()
 *     .title("Pressroom 1.0 is out")
 *     .modifiedAt(LocalDateTime.now())
 *     .url(URI.create("https://press.example.com/pressroom-1-0"))
 *     .culture(Culture.of("en"))
 *     .language("EN")
 *     .slug("pressroom-1-0")
 *     .body("<p>Hello.</p>")
 *     .build();
 * Release renamed = release.toBuilder().title("Pressroom 1.0 has landed").build();
 * }</pre>
 *
 * @param title {@code title}; not blank
 * @param modifiedAt {@code modified_at}; whole seconds, no zone
 * @param publishedAt {@code published_at}, or null if the release is not published
 * @param url {@code url}; an absolute http(s) URI
 * @param shortUrl {@code short_url}; an absolute http(s) URI, or null
 * @param culture {@code culture}
 * @param language {@code language}; 2-3 letters, as written (the export writes {@code EN})
 * @param subtitle {@code subtitle}; may be empty, or null
 * @param slug {@code slug}
 * @param body {@code body}: the HTML body, possibly empty
 * @param mainVisual {@code mainvisual}, or null
 * @param header {@code header}, or null
 * @param contacts {@code contacts}, possibly empty, never null
 * @param author {@code author}, or null
 * @param unknownKeys top-level keys the format does not define, kept when reading with {@link
 *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
 */
public record Release(
    String title,
    LocalDateTime modifiedAt,
    @Nullable LocalDateTime publishedAt,
    URI url,
    @Nullable URI shortUrl,
    Culture culture,
    String language,
    @Nullable String subtitle,
    String slug,
    String body,
    @Nullable MainVisual mainVisual,
    @Nullable HeaderImage header,
    List<Contact> contacts,
    @Nullable Author author,
    Map<String, String> unknownKeys) {

  /** The format version this model describes and the writer writes ({@code format_version}). */
  public static final int FORMAT_VERSION = 5;

  /** The JSON keys of a release object, in canonical order. */
  public static final List<String> KEYS = Schema.RELEASE.names();

  /**
   * Checks and copies the components.
   *
   * @param title {@code title}; not blank
   * @param modifiedAt {@code modified_at}; whole seconds, no zone
   * @param publishedAt {@code published_at}, or null if the release is not published
   * @param url {@code url}; an absolute http(s) URI
   * @param shortUrl {@code short_url}; an absolute http(s) URI, or null
   * @param culture {@code culture}
   * @param language {@code language}; 2-3 letters, as written (the export writes {@code EN})
   * @param subtitle {@code subtitle}; may be empty, or null
   * @param slug {@code slug}
   * @param body {@code body}: the HTML body, possibly empty
   * @param mainVisual {@code mainvisual}, or null
   * @param header {@code header}, or null
   * @param contacts {@code contacts}, possibly empty, never null
   * @param author {@code author}, or null
   * @param unknownKeys top-level keys the format does not define, kept when reading with {@link
   *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
   * @throws NullPointerException if a component that may not be null is null, or {@code contacts}
   *     holds a null
   * @throws IllegalArgumentException if a component breaks a rule of the format
   */
  public Release {
    Checks.check(Checks.problemWithTitle(Checks.notNull(title, "title")), "title");
    Checks.check(
        Checks.problemWithTimestamp(Checks.notNull(modifiedAt, "modifiedAt")), "modifiedAt");
    if (publishedAt != null) {
      Checks.check(Checks.problemWithTimestamp(publishedAt), "publishedAt");
    }
    Checks.check(Checks.problemWithHttpUri(Checks.notNull(url, "url")), "url");
    if (shortUrl != null) {
      Checks.check(Checks.problemWithHttpUri(shortUrl), "shortUrl");
    }
    Checks.notNull(culture, "culture");
    Checks.check(Checks.problemWithLanguage(Checks.notNull(language, "language")), "language");
    Checks.notNull(slug, "slug");
    Checks.notNull(body, "body");
    contacts = List.copyOf(Checks.notNull(contacts, "contacts"));
    unknownKeys = Checks.copyUnknown(unknownKeys, KEYS, "release unknownKeys");
  }

  /**
   * {@return an empty builder; title, modifiedAt, url, culture, language, slug and body must be
   * set, and {@link Builder#build()} names every one that is not}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this release's components, to make a modified copy} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.modifiedAt = modifiedAt;
    b.publishedAt = publishedAt;
    b.url = url;
    b.shortUrl = shortUrl;
    b.culture = culture;
    b.language = language;
    b.subtitle = subtitle;
    b.slug = slug;
    b.body = body;
    b.mainVisual = mainVisual;
    b.header = header;
    b.contacts = new ArrayList<>(contacts);
    b.author = author;
    b.unknownKeys = unknownKeys;
    return b;
  }

  /**
   * A mutable builder of {@link Release}s; not thread-safe. Every setter returns this builder, and
   * {@link #build()} checks the rules of the format.
   */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable LocalDateTime modifiedAt;
    private @Nullable LocalDateTime publishedAt;
    private @Nullable URI url;
    private @Nullable URI shortUrl;
    private @Nullable Culture culture;
    private @Nullable String language;
    private @Nullable String subtitle;
    private @Nullable String slug;
    private @Nullable String body;
    private @Nullable MainVisual mainVisual;
    private @Nullable HeaderImage header;
    private List<Contact> contacts = new ArrayList<>();
    private @Nullable Author author;
    private Map<String, String> unknownKeys = Map.of();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param value the title, not blank
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets the time of the last modification, truncated to whole seconds (the format has no
     * fractions), so that {@code modifiedAt(LocalDateTime.now())} works.
     *
     * @param value the time; any fraction of a second is dropped
     * @return this builder
     */
    public Builder modifiedAt(LocalDateTime value) {
      this.modifiedAt = wholeSeconds(value);
      return this;
    }

    /**
     * Sets the time of publication, truncated to whole seconds (the format has no fractions).
     *
     * @param value the time, or null if not published; any fraction of a second is dropped
     * @return this builder
     */
    public Builder publishedAt(@Nullable LocalDateTime value) {
      this.publishedAt = wholeSeconds(value);
      return this;
    }

    private static @Nullable LocalDateTime wholeSeconds(@Nullable LocalDateTime value) {
      return value == null ? null : value.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Sets the release's URL.
     *
     * @param value an absolute http(s) URI
     * @return this builder
     */
    public Builder url(URI value) {
      this.url = value;
      return this;
    }

    /**
     * Sets the short URL.
     *
     * @param value an absolute http(s) URI, or null
     * @return this builder
     */
    public Builder shortUrl(@Nullable URI value) {
      this.shortUrl = value;
      return this;
    }

    /**
     * Sets the culture.
     *
     * @param value the culture
     * @return this builder
     */
    public Builder culture(Culture value) {
      this.culture = value;
      return this;
    }

    /**
     * Sets the language code.
     *
     * @param value 2-3 letters
     * @return this builder
     */
    public Builder language(String value) {
      this.language = value;
      return this;
    }

    /**
     * Sets the subtitle.
     *
     * @param value the subtitle, possibly empty, or null
     * @return this builder
     */
    public Builder subtitle(@Nullable String value) {
      this.subtitle = value;
      return this;
    }

    /**
     * Sets the slug.
     *
     * @param value the slug
     * @return this builder
     */
    public Builder slug(String value) {
      this.slug = value;
      return this;
    }

    /**
     * Sets the HTML body.
     *
     * @param value the body, possibly empty
     * @return this builder
     */
    public Builder body(String value) {
      this.body = value;
      return this;
    }

    /**
     * Sets the main visual.
     *
     * @param value the main visual, or null
     * @return this builder
     */
    public Builder mainVisual(@Nullable MainVisual value) {
      this.mainVisual = value;
      return this;
    }

    /**
     * Sets the header image.
     *
     * @param value the header image, or null
     * @return this builder
     */
    public Builder header(@Nullable HeaderImage value) {
      this.header = value;
      return this;
    }

    /**
     * Replaces the contacts.
     *
     * @param value the contacts, in order
     * @return this builder
     */
    public Builder contacts(List<Contact> value) {
      this.contacts = new ArrayList<>(Checks.notNull(value, "contacts"));
      return this;
    }

    /**
     * Adds a contact after those already set.
     *
     * @param value the contact
     * @return this builder
     */
    public Builder addContact(Contact value) {
      this.contacts.add(Checks.notNull(value, "contact"));
      return this;
    }

    /**
     * Sets the author.
     *
     * @param value the author, or null
     * @return this builder
     */
    public Builder author(@Nullable Author value) {
      this.author = value;
      return this;
    }

    /**
     * Sets the preserved unknown top-level keys.
     *
     * @param value key to JSON text, in order
     * @return this builder
     */
    public Builder unknownKeys(Map<String, String> value) {
      this.unknownKeys = Checks.notNull(value, "unknownKeys");
      return this;
    }

    /**
     * {@return the release}
     *
     * @throws IllegalStateException if a required component was not set; the message names every
     *     one that is missing, for instance {@code Release.Builder: missing title, url, slug}
     * @throws IllegalArgumentException if a component breaks a rule of the format
     */
    public Release build() {
      List<String> missing = new ArrayList<>();
      missing(title, "title", missing);
      missing(modifiedAt, "modifiedAt", missing);
      missing(url, "url", missing);
      missing(culture, "culture", missing);
      missing(language, "language", missing);
      missing(slug, "slug", missing);
      missing(body, "body", missing);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Release.Builder: missing " + String.join(", ", missing));
      }
      return new Release(
          Checks.notNull(title, "title"),
          Checks.notNull(modifiedAt, "modifiedAt"),
          publishedAt,
          Checks.notNull(url, "url"),
          shortUrl,
          Checks.notNull(culture, "culture"),
          Checks.notNull(language, "language"),
          subtitle,
          Checks.notNull(slug, "slug"),
          Checks.notNull(body, "body"),
          mainVisual,
          header,
          contacts,
          author,
          unknownKeys);
    }

    private static void missing(@Nullable Object value, String name, List<String> missing) {
      if (value == null) {
        missing.add(name);
      }
    }
  }
}
