package org.pressroom;

import java.util.Locale;
import org.pressroom.internal.Checks;

/**
 * A release's culture: a locale code as the export writes it ({@code en}, {@code nl_BE}, {@code
 * fr-BE}), kept exactly as written so that writing it back gives the same bytes, with a {@link
 * Locale} view.
 *
 * <p>Immutable and thread-safe. {@code Culture.of("nl_BE").toLocale()} is the locale {@code nl-BE}.
 *
 * @param code the code as written: a 2-3 letter language, optionally followed by {@code _} or
 *     {@code -} and a script and/or region
 */
public record Culture(String code) {
  /**
   * Checks the code.
   *
   * @param code the code as written: a 2-3 letter language, optionally followed by {@code _} or
   *     {@code -} and a script and/or region
   * @throws IllegalArgumentException if {@code code} is not a locale code
   * @throws NullPointerException if {@code code} is null
   */
  public Culture {
    Checks.notNull(code, "code");
    Checks.check(Checks.problemWithCulture(code), "culture");
  }

  /**
   * {@return the culture with this code}
   *
   * @param code a locale code such as {@code en}, {@code nl_BE} or {@code fr-BE}
   * @throws IllegalArgumentException if {@code code} is not a locale code
   */
  public static Culture of(String code) {
    return new Culture(code);
  }

  /** {@return the language subtag in lower case, for example {@code nl} for {@code nl_BE}} */
  public String language() {
    int end = separator();
    return code.substring(0, end < 0 ? code.length() : end).toLowerCase(Locale.ROOT);
  }

  /**
   * {@return this culture as a {@link Locale}; {@code nl_BE} and {@code nl-BE} give the same
   * locale}
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(code.replace('_', '-'));
  }

  private int separator() {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '_' || c == '-') {
        return i;
      }
    }
    return -1;
  }

  /** {@return the code as written} */
  @Override
  public String toString() {
    return code;
  }
}
