package org.pressroom.html;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the parser noticed in a body's markup and worked around; parsing never fails on bad
 * markup.
 *
 * @param kind what kind of issue
 * @param message what happened, for a person
 * @param where where in the markup, as a short snippet or element path (may be empty)
 */
public record BodyIssue(Kind kind, String message, String where) {
  /** Kinds of body issues; the body JSON writes {@link #jsonName()}. */
  public enum Kind {
    /** A {@code javascript:}, {@code vbscript:} or {@code data:} link, kept as text. */
    UNSAFE_LINK,
    /** Markup nested deeper than the configured limit; the deeper content was kept as text. */
    DEPTH_LIMIT,
    /** The body is longer than the configured limit and was not parsed. */
    SIZE_LIMIT,
    /** More issues than the configured limit; the rest were not recorded. */
    TOO_MANY_ISSUES,
    /** Markup that could not be represented, such as an image without a source. */
    UNSUPPORTED_MARKUP,
    /**
     * A failure inside the parser itself (a bug, never the markup's fault): the body was not
     * modelled and is empty. Worth a report with the body that caused it.
     */
    INTERNAL_ERROR;

    /** {@return the name used in the body JSON, such as {@code unsafe-link}} */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Checks the components.
   *
   * @param kind what kind of issue
   * @param message what happened, for a person
   * @param where where in the markup, as a short snippet or element path (may be empty)
   * @throws NullPointerException if a component is null
   */
  public BodyIssue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(where, "where");
  }
}
