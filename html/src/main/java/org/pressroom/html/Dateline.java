package org.pressroom.html;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens a release: {@code BRUSSELS, 8 June 2026 -}, {@code WASHINGTON, June 8,
 * 2026 —} or {@code PALO ALTO, Calif., April 25, 2026 /PRNewswire/ --}.
 *
 * @param location what comes before the date, such as {@code PALO ALTO, Calif.}
 * @param date the date, or null for a dateline without one (a wire's {@code GREENWICH,
 *     Conn.--(BUSINESS WIRE)--}, a place alone such as {@code (Leipzig) -}) or without a year
 *     ({@code LONDON, March 3 (Reuters) -}: the text keeps the day and month)
 * @param text from the start of the paragraph to the end of the date, without the wire name or the
 *     dash, such as {@code PALO ALTO, Calif., April 25, 2026}
 */
public record Dateline(String location, @Nullable LocalDate date, String text) {
  /**
   * Checks the components.
   *
   * @param location what comes before the date, such as {@code PALO ALTO, Calif.}
   * @param date the date, or null for a dateline without one or without a year
   * @param text from the start of the paragraph to the end of the date, without the wire name or
   *     the dash, such as {@code PALO ALTO, Calif., April 25, 2026}
   * @throws NullPointerException if {@code location} or {@code text} is null
   */
  public Dateline {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }
}
