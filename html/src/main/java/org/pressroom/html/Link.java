package org.pressroom.html;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hyperlink ({@code <a href>}) with its content.
 *
 * @param href the target: resolved against the base URI when relative; {@code mailto:}, {@code
 *     tel:} and fragment hrefs exactly as written
 * @param kind what the link points to
 * @param content the link's inline content
 * @param target the {@code target} attribute, or null
 * @param rel the {@code rel} attribute, or null
 */
public record Link(
    String href, LinkKind kind, List<Inline> content, @Nullable String target, @Nullable String rel)
    implements Inline {
  /**
   * Checks and copies the components.
   *
   * @param href the target: resolved against the base URI when relative; {@code mailto:}, {@code
   *     tel:} and fragment hrefs exactly as written
   * @param kind what the link points to
   * @param content the link's inline content
   * @param target the {@code target} attribute, or null
   * @param rel the {@code rel} attribute, or null
   * @throws NullPointerException if {@code href}, {@code kind} or {@code content} is null
   */
  public Link {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(kind, "kind");
    content = List.copyOf(content);
  }

  /** {@return the text of the link's content} */
  @Override
  public String text() {
    return Texts.inlineText(content);
  }

  @Override
  public <R> R accept(Inline.Visitor<R> visitor) {
    return visitor.visitLink(this);
  }
}
