package org.pressroom.html;

/**
 * A piece of inline content: text with marks, a link, a line break or an inline image. Every
 * permitted type is an immutable record; use {@link #accept(Visitor)} to handle each type.
 */
public sealed interface Inline permits Text, Link, LineBreak, InlineImage {

  /**
   * {@return the plain text of this inline, as written (not collapsed); a line break is {@code \n}}
   */
  String text();

  /**
   * {@return what the visitor returns for this inline}
   *
   * @param visitor the visitor
   * @param <R> the result type
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per inline type; a new inline type is a breaking change and adds a method here.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * {@return the result for text}
     *
     * @param text the text
     */
    R visitText(Text text);

    /**
     * {@return the result for a link}
     *
     * @param link the link
     */
    R visitLink(Link link);

    /**
     * {@return the result for a line break}
     *
     * @param lineBreak the line break
     */
    R visitLineBreak(LineBreak lineBreak);

    /**
     * {@return the result for an inline image}
     *
     * @param image the image
     */
    R visitImage(InlineImage image);
  }
}
