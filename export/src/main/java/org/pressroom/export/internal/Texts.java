package org.pressroom.export.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Culture;

/** Small conversions shared by the writers. */
final class Texts {
  private Texts() {}

  /**
   * {@return the culture as a BCP 47 language tag: {@code nl_BE} as {@code nl-BE}, the language in
   * lower case, a script in title case, a region in upper case}
   */
  static String languageTag(Culture culture) {
    String[] parts = culture.code().split("[-_]");
    StringBuilder sb = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      sb.append('-');
      if (part.length() == 4) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(part.substring(1).toLowerCase(Locale.ROOT));
      } else {
        sb.append(part.toUpperCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  /**
   * {@return a timestamp of the format (no zone) read in {@code zone}, as ISO 8601 with the offset:
   * {@code 2026-06-08T10:26:21+02:00}, or {@code ...Z} in UTC}
   */
  static String instant(LocalDateTime time, ZoneId zone) {
    return time.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** {@return the author's name, first then last, or null when there is no name} */
  static @Nullable String name(@Nullable Author author) {
    if (author == null) {
      return null;
    }
    String name = (author.firstName().strip() + " " + author.lastName().strip()).strip();
    return name.isEmpty() ? null : name;
  }
}
