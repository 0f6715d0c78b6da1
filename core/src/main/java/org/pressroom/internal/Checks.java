package org.pressroom.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value rules of the format, shared by the model records (which throw {@link IllegalArgumentException}) and the
 * reader (which turns a failed rule into a located schema error). Each {@code problemWith...} method returns
 * {@code null} when the value is fine, or a sentence saying what is wrong.
 */
public final class Checks {
  /** The one timestamp layout of the format: {@code yyyy-MM-dd HH:mm:ss}, a real date and time, no zone. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private Checks() {}

  public static <T> T notNull(@Nullable T value, String component) {
    return Objects.requireNonNull(value, () -> component + " must not be null");
  }

  public static void check(@Nullable String problem, String component) {
    if (problem != null) {
      throw new IllegalArgumentException(component + ": " + problem);
    }
  }

  public static @Nullable String problemWithTitle(String title) {
    return title.isBlank() ? "must not be blank" : null;
  }

  /** Parses a timestamp, or returns {@code null} when it is not a real {@code yyyy-MM-dd HH:mm:ss}. */
  public static @Nullable LocalDateTime parseTimestamp(String text) {
    if (text.length() != 19) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, TIMESTAMP);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static String formatTimestamp(LocalDateTime value) {
    return TIMESTAMP.format(value);
  }

  public static @Nullable String problemWithTimestamp(LocalDateTime value) {
    if (value.getNano() != 0) {
      return "must be a whole second (the format has no fractions)";
    }
    if (value.getYear() < 0 || value.getYear() > 9999) {
      return "must have a four-digit year";
    }
    return null;
  }

  /** Parses an absolute {@code http}/{@code https} URI, or returns {@code null} when the text is not one. */
  public static @Nullable URI parseHttpUri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
    return problemWithHttpUri(uri) == null ? uri : null;
  }

  public static @Nullable String problemWithHttpUri(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "must be an absolute URI with the scheme http or https";
    }
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return "must use the scheme http or https, not " + scheme;
    }
    if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      return "must name a host (http://host/...)";
    }
    return null;
  }

  /** The language code rule: two or three ASCII letters. */
  public static @Nullable String problemWithLanguage(String language) {
    int n = language.length();
    if (n < 2 || n > 3 || !isAsciiLetters(language, 0, n)) {
      return "must be a language code of 2 or 3 letters";
    }
    return null;
  }

  /**
   * The culture rule: a 2-3 letter language, then optionally {@code _} or {@code -} and a script (4 letters) and/or a
   * region (2 letters or 3 digits), for example {@code en}, {@code nl_BE}, {@code fr-BE}, {@code zh-Hant-TW}.
   */
  public static @Nullable String problemWithCulture(String code) {
    String[] parts = code.split("[_-]", -1);
    String bad = "must be a locale code such as en, nl_BE or fr-BE";
    if (parts.length > 3 || problemWithLanguage(parts[0]) != null) {
      return bad;
    }
    int i = 1;
    if (i < parts.length && parts[i].length() == 4 && isAsciiLetters(parts[i], 0, 4)) {
      i++;
    }
    if (i < parts.length) {
      String region = parts[i];
      boolean letters = region.length() == 2 && isAsciiLetters(region, 0, 2);
      boolean digits = region.length() == 3 && region.chars().allMatch(c -> c >= '0' && c <= '9');
      if (!letters && !digits) {
        return bad;
      }
      i++;
    }
    if (i != parts.length) {
      return bad;
    }
    return null;
  }

  private static boolean isAsciiLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Copies a map of preserved unknown keys, keeping its order. A key must not be one of the object's own keys, and a
   * value must be exactly one JSON value.
   */
  public static Map<String, String> copyUnknown(
      @Nullable Map<String, String> unknown, java.util.List<String> knownKeys, String component) {
    notNull(unknown, component);
    if (unknown.isEmpty()) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : unknown.entrySet()) {
      String key = notNull(e.getKey(), component + " key");
      String value = notNull(e.getValue(), component + " value");
      if (knownKeys.contains(key)) {
        throw new IllegalArgumentException(component + ": \"" + key + "\" is a key of the format, not an unknown key");
      }
      String problem = JsonText.problemWith(value);
      if (problem != null) {
        throw new IllegalArgumentException(component + " \"" + key + "\": " + problem);
      }
      copy.put(key, value);
    }
    return Collections.unmodifiableMap(copy);
  }
}
