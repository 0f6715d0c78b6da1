package org.pressroom.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value rules of the format, shared by the model records (which throw {@link
 * IllegalArgumentException}) and the reader (which turns a failed rule into a located schema
 * error). Each {@code problemWith...} method returns {@code null} when the value is fine, or a
 * sentence saying what is wrong.
 */
public final class Checks {
  /**
   * The one timestamp layout of the format, {@code yyyy-MM-dd HH:mm:ss} (a real date and time, no
   * zone), read and written only through these: year, month, day, hour, minute and second, the
   * digits of each and the character before it.
   */
  private static final int[] DIGITS = {4, 2, 2, 2, 2, 2};

  private static final char[] BEFORE = {0, '-', '-', ' ', ':', ':'};

  private static final int TIMESTAMP_LENGTH = 19;

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

  /**
   * Parses a timestamp, or returns {@code null} when it is not a real {@code yyyy-MM-dd HH:mm:ss}.
   */
  public static @Nullable LocalDateTime parseTimestamp(String text) {
    if (text.length() != TIMESTAMP_LENGTH) {
      return null;
    }
    int[] v = new int[DIGITS.length];
    int at = 0;
    for (int i = 0; i < DIGITS.length; i++) {
      if (i > 0 && text.charAt(at++) != BEFORE[i]) {
        return null;
      }
      v[i] = digits(text, at, DIGITS[i]);
      at += DIGITS[i];
    }
    int year = v[0];
    int month = v[1];
    int day = v[2];
    if (year < 0 || month < 1 || month > 12 || day < 1 || v[3] < 0 || v[3] > 23) {
      return null;
    }
    if (v[4] < 0 || v[4] > 59 || v[5] < 0 || v[5] > 59) {
      return null;
    }
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDateTime.of(year, month, day, v[3], v[4], v[5]);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Appends a timestamp, without quotes; the records guarantee a year of 0-9999, whole seconds. */
  static void appendTimestamp(JsonBuffer out, LocalDateTime t) {
    int[] v = {
      t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()
    };
    for (int i = 0; i < DIGITS.length; i++) {
      if (i > 0) {
        out.raw(BEFORE[i]);
      }
      out.digits(v[i], DIGITS[i]);
    }
  }

  public static String formatTimestamp(LocalDateTime value) {
    JsonBuffer out = new JsonBuffer(TIMESTAMP_LENGTH);
    appendTimestamp(out, value);
    return out.toString();
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

  /**
   * Parses an absolute {@code http}/{@code https} URI, or returns {@code null} when the text is not
   * one.
   */
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
   * The culture rule: a 2-3 letter language, then optionally {@code _} or {@code -} and a script (4
   * letters) and/or a region (2 letters or 3 digits), for example {@code en}, {@code nl_BE}, {@code
   * fr-BE}, {@code zh-Hant-TW}.
   */
  public static @Nullable String problemWithCulture(String code) {
    String bad = "must be a locale code such as en, nl_BE or fr-BE";
    int n = code.length();
    int end = 0;
    while (end < n && code.charAt(end) != '_' && code.charAt(end) != '-') {
      end++;
    }
    if (problemWithLanguage(code.substring(0, end)) != null) {
      return bad;
    }
    int start = end + 1;
    if (end < n) {
      end = nextSeparator(code, start);
      if (end - start == 4 && isAsciiLetters(code, start, end)) {
        if (end == n) {
          return null;
        }
        start = end + 1;
        end = nextSeparator(code, start);
      }
      int len = end - start;
      boolean letters = len == 2 && isAsciiLetters(code, start, end);
      boolean digits = len == 3 && digits(code, start, 3) >= 0;
      if ((!letters && !digits) || end != n) {
        return bad;
      }
    }
    return null;
  }

  private static int nextSeparator(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != '_' && s.charAt(i) != '-') {
      i++;
    }
    return i;
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
   * Copies a map of preserved unknown keys, keeping its order. A key must not be one of the
   * object's own keys, and a value must be exactly one JSON value.
   */
  public static Map<String, String> copyUnknown(
      @Nullable Map<String, String> unknown, java.util.List<String> knownKeys, String component) {
    Map<String, String> given = notNull(unknown, component);
    if (given.isEmpty()) {
      return Map.of();
    }
    if (given instanceof PreservedKeys preserved && preserved.checkedFor(knownKeys)) {
      return preserved; // the reader's own, checked as it read them
    }
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      String key = notNull(e.getKey(), component + " key");
      String value = notNull(e.getValue(), component + " value");
      if (knownKeys.contains(key)) {
        throw new IllegalArgumentException(
            component + ": \"" + key + "\" is a key of the format, not an unknown key");
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
