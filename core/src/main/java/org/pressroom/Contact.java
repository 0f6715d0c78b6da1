package org.pressroom;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.internal.Checks;

/**
 * A press contact of a release (an element of {@code contacts} in the JSON), also used by the body
 * model for the contact cards and "Press contact: ..." paragraphs found in a release's HTML.
 *
 * <p>Immutable and thread-safe. Only the name is required; every other field is {@code null} when
 * the export has no value for it, and is kept exactly as written otherwise (no trimming, no
 * normalisation).
 *
 * <pre>{@code
 * Contact c = Contact.builder("Koen Stein").email("koen.stein@vub.be").mobile("+32 (0)471517909").build();
 * }</pre>
 *
 * @param name {@code name}; never null
 * @param company {@code company}
 * @param description {@code description}, such as a role
 * @param email {@code email}
 * @param website {@code website}
 * @param address {@code address}
 * @param telephone {@code telephone}
 * @param mobile {@code mobile}
 * @param twitter {@code twitter}
 * @param facebook {@code facebook}
 * @param unknownKeys keys the format does not define, kept when reading with {@link
 *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
 */
public record Contact(
    String name,
    @Nullable String company,
    @Nullable String description,
    @Nullable String email,
    @Nullable String website,
    @Nullable String address,
    @Nullable String telephone,
    @Nullable String mobile,
    @Nullable String twitter,
    @Nullable String facebook,
    Map<String, String> unknownKeys) {

  /** The JSON keys of a contact object, in canonical order. */
  public static final List<String> KEYS =
      Arrays.stream(Field.values()).map(Field::jsonName).toList();

  /**
   * The fields of a contact, in canonical order: the one list that the JSON reader and writer, the
   * body JSON and the renderers go through, so that a new field is added in one place.
   *
   * <pre>{@code
   * for (Contact.Field f : Contact.Field.values()) {
   *   System.out.println(f.jsonName() + ": " + f.of(contact));
   * }
   * }</pre>
   */
  public enum Field {
    /** {@code name}, the one required field. */
    NAME("name"),
    /** {@code company}. */
    COMPANY("company"),
    /** {@code description}. */
    DESCRIPTION("description"),
    /** {@code email}. */
    EMAIL("email"),
    /** {@code website}. */
    WEBSITE("website"),
    /** {@code address}. */
    ADDRESS("address"),
    /** {@code telephone}. */
    TELEPHONE("telephone"),
    /** {@code mobile}. */
    MOBILE("mobile"),
    /** {@code twitter}. */
    TWITTER("twitter"),
    /** {@code facebook}. */
    FACEBOOK("facebook");

    private final String jsonName;

    Field(String jsonName) {
      this.jsonName = jsonName;
    }

    /** {@return the key of this field in the JSON} */
    public String jsonName() {
      return jsonName;
    }

    /** {@return whether the field may be null: every field but the name} */
    public boolean nullable() {
      return this != NAME;
    }

    /**
     * {@return this field's value in a contact, null when it has none}
     *
     * @param contact the contact
     */
    public @Nullable String of(Contact contact) {
      // a switch rather than a function per constant: the writer and renderers call this for
      // every field of every contact, and one call site then serves all fields
      return switch (this) {
        case NAME -> contact.name();
        case COMPANY -> contact.company();
        case DESCRIPTION -> contact.description();
        case EMAIL -> contact.email();
        case WEBSITE -> contact.website();
        case ADDRESS -> contact.address();
        case TELEPHONE -> contact.telephone();
        case MOBILE -> contact.mobile();
        case TWITTER -> contact.twitter();
        case FACEBOOK -> contact.facebook();
      };
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param name {@code name}; never null
   * @param company {@code company}
   * @param description {@code description}, such as a role
   * @param email {@code email}
   * @param website {@code website}
   * @param address {@code address}
   * @param telephone {@code telephone}
   * @param mobile {@code mobile}
   * @param twitter {@code twitter}
   * @param facebook {@code facebook}
   * @param unknownKeys keys the format does not define, kept when reading with {@link
   *     org.pressroom.json.UnknownKeys#PRESERVE}: key to the value's JSON text, in the order read
   * @throws NullPointerException if {@code name} or {@code unknownKeys} is null
   * @throws IllegalArgumentException if an unknown key is a key of the format or its value is not
   *     one JSON value
   */
  public Contact {
    Checks.notNull(name, "name");
    unknownKeys = Checks.copyUnknown(unknownKeys, KEYS, "contact unknownKeys");
  }

  /**
   * A contact without unknown keys.
   *
   * @param name the name
   * @param company the company, or null
   * @param description the description, or null
   * @param email the email address, or null
   * @param website the website, or null
   * @param address the postal address, or null
   * @param telephone the telephone number, or null
   * @param mobile the mobile number, or null
   * @param twitter the Twitter handle or URL, or null
   * @param facebook the Facebook URL, or null
   */
  public Contact(
      String name,
      @Nullable String company,
      @Nullable String description,
      @Nullable String email,
      @Nullable String website,
      @Nullable String address,
      @Nullable String telephone,
      @Nullable String mobile,
      @Nullable String twitter,
      @Nullable String facebook) {
    this(
        name,
        company,
        description,
        email,
        website,
        address,
        telephone,
        mobile,
        twitter,
        facebook,
        Map.of());
  }

  /**
   * {@return a builder for a contact with this name and no other field}
   *
   * @param name the contact's name
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return a builder holding this contact's fields, to make a modified copy} */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    for (Field f : Builder.FIELDS) {
      b.set(f, f.of(this));
    }
    b.unknownKeys = unknownKeys;
    return b;
  }

  /** A mutable builder of {@link Contact}s; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private static final Field[] FIELDS = Field.values();

    /** The value of each field, at its {@link Field#ordinal()}; the name's is never null. */
    private final @Nullable String[] values = new String[FIELDS.length];

    private Map<String, String> unknownKeys = Map.of();

    private Builder(String name) {
      name(name);
    }

    /**
     * Sets the name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      return set(Field.NAME, Checks.notNull(value, "name"));
    }

    /**
     * Sets the company.
     *
     * @param value the company, or null
     * @return this builder
     */
    public Builder company(@Nullable String value) {
      return set(Field.COMPANY, value);
    }

    /**
     * Sets the description.
     *
     * @param value the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      return set(Field.DESCRIPTION, value);
    }

    /**
     * Sets the email address.
     *
     * @param value the email address, or null
     * @return this builder
     */
    public Builder email(@Nullable String value) {
      return set(Field.EMAIL, value);
    }

    /**
     * Sets the website.
     *
     * @param value the website, or null
     * @return this builder
     */
    public Builder website(@Nullable String value) {
      return set(Field.WEBSITE, value);
    }

    /**
     * Sets the postal address.
     *
     * @param value the address, or null
     * @return this builder
     */
    public Builder address(@Nullable String value) {
      return set(Field.ADDRESS, value);
    }

    /**
     * Sets the telephone number.
     *
     * @param value the telephone number, or null
     * @return this builder
     */
    public Builder telephone(@Nullable String value) {
      return set(Field.TELEPHONE, value);
    }

    /**
     * Sets the mobile number.
     *
     * @param value the mobile number, or null
     * @return this builder
     */
    public Builder mobile(@Nullable String value) {
      return set(Field.MOBILE, value);
    }

    /**
     * Sets the Twitter handle or URL.
     *
     * @param value the Twitter handle or URL, or null
     * @return this builder
     */
    public Builder twitter(@Nullable String value) {
      return set(Field.TWITTER, value);
    }

    /**
     * Sets the Facebook URL.
     *
     * @param value the Facebook URL, or null
     * @return this builder
     */
    public Builder facebook(@Nullable String value) {
      return set(Field.FACEBOOK, value);
    }

    /**
     * Sets the preserved unknown keys.
     *
     * @param value key to JSON text, in order
     * @return this builder
     */
    public Builder unknownKeys(Map<String, String> value) {
      this.unknownKeys = Checks.notNull(value, "unknownKeys");
      return this;
    }

    /**
     * {@return the contact}
     *
     * @throws IllegalArgumentException if the unknown keys are not acceptable
     */
    public Contact build() {
      return new Contact(
          Objects.requireNonNull(get(Field.NAME)),
          get(Field.COMPANY),
          get(Field.DESCRIPTION),
          get(Field.EMAIL),
          get(Field.WEBSITE),
          get(Field.ADDRESS),
          get(Field.TELEPHONE),
          get(Field.MOBILE),
          get(Field.TWITTER),
          get(Field.FACEBOOK),
          unknownKeys);
    }

    private Builder set(Field field, @Nullable String value) {
      values[field.ordinal()] = value;
      return this;
    }

    private @Nullable String get(Field field) {
      return values[field.ordinal()];
    }
  }
}
