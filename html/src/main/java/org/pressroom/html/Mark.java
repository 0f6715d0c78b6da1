package org.pressroom.html;

import java.util.Locale;

/** A mark on a run of {@link Text}; the body JSON writes the lower-case name ({@code "bold"}). */
public enum Mark {
  /** {@code strong}, {@code b}, or a font weight of bold or 600 and more. */
  BOLD,
  /** {@code em}, {@code i}, or {@code font-style: italic}. */
  ITALIC,
  /** {@code u}, {@code ins}, or {@code text-decoration: underline}. */
  UNDERLINE,
  /** {@code s}, {@code strike}, {@code del}, or {@code text-decoration: line-through}. */
  STRIKETHROUGH,
  /** {@code sub}. */
  SUBSCRIPT,
  /** {@code sup}. */
  SUPERSCRIPT,
  /** {@code code}, {@code kbd}, {@code samp}, {@code tt}. */
  CODE;

  /** {@return the name used in the body JSON, such as {@code bold}} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
