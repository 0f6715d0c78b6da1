package org.pressroom.html;

import java.util.Locale;

/** What a link points to; the body JSON writes the lower-case name ({@code "web"}). */
public enum LinkKind {
  /**
   * An {@code http} or {@code https} URL (relative hrefs are resolved against the base URI first).
   */
  WEB,
  /** A {@code mailto:} link, kept exactly as written. */
  EMAIL,
  /** A {@code tel:} link, kept exactly as written. */
  PHONE,
  /** A fragment-only link such as {@code #data}, kept exactly as written. */
  ANCHOR,
  /**
   * Any other scheme ({@code ftp:}, {@code sms:}, ...), or a relative href with no base URI to
   * resolve it.
   */
  OTHER;

  /** {@return the name used in the body JSON, such as {@code web}} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
