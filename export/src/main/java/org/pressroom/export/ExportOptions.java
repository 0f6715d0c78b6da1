package org.pressroom.export;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How {@link ReleaseExporter} writes: the zone in which the release's timestamps are read.
 *
 * <p>The export format's timestamps ({@code modified_at}, {@code published_at}) carry no zone; the
 * forms written here (ninjs, JSON-LD) need one. They are read in {@link #zone()}, UTC by default,
 * and written as ISO 8601 with that zone's offset ({@code 2026-06-08T10:26:21Z}, {@code
 * 2026-06-08T10:26:21+02:00}). Immutable.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults().withZone(ZoneId.of("Europe/Brussels"));
 * }</pre>
 *
 * @param zone the zone of the release's timestamps
 */
public record ExportOptions(ZoneId zone) {
  /**
   * Checks the options.
   *
   * @param zone the zone of the release's timestamps
   * @throws NullPointerException if {@code zone} is null
   */
  public ExportOptions {
    Objects.requireNonNull(zone, "zone");
  }

  /** {@return the defaults: timestamps in UTC} */
  public static ExportOptions defaults() {
    return new ExportOptions(ZoneOffset.UTC);
  }

  /**
   * {@return these options with timestamps read in another zone}
   *
   * @param value the zone, for example {@code ZoneId.of("Europe/Brussels")}
   * @throws NullPointerException if {@code value} is null
   */
  public ExportOptions withZone(ZoneId value) {
    return new ExportOptions(value);
  }
}
