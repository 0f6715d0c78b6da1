package org.pressroom.html;

import java.util.Objects;

/**
 * A link of the body, as listed by {@link Body#links()}: every {@code <a href>} in document order,
 * those of contact cards included.
 *
 * @param href the target (see {@link Link#href()})
 * @param text the link's text, whitespace collapsed
 * @param kind what the link points to
 */
public record BodyLink(String href, String text, LinkKind kind) {
  /**
   * Checks the components.
   *
   * @param href the target (see {@link Link#href()})
   * @param text the link's text, whitespace collapsed
   * @param kind what the link points to
   * @throws NullPointerException if a component is null
   */
  public BodyLink {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
