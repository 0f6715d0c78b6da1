package org.pressroom.html;

/**
 * A block of a release body: a paragraph, heading, list, quote, divider, image, contact, embed,
 * table or preformatted text. Every permitted type is an immutable record.
 *
 * <p>Java 17 has no pattern {@code switch}; use {@link #accept(Visitor)} to handle each type:
 *
 * <pre>{@code
 * int headings = block.accept(new Block.Visitor<Integer>() { ... });
 * }</pre>
 */
public sealed interface Block
    permits Paragraph,
        Heading,
        ListBlock,
        Quote,
        Divider,
        Image,
        ContactBlock,
        Embed,
        Table,
        Preformatted {

  /**
   * {@return the plain text of this block}: its inline text with whitespace collapsed and trimmed,
   * line breaks as {@code \n}; for a list, quote or table its children's texts joined by {@code
   * \n}; for an image its caption or {@code ""}; for a divider or an embed {@code ""}; for a
   * contact card the contact's name; for a textual contact the original paragraph's text.
   */
  String text();

  /**
   * {@return what the visitor returns for this block}
   *
   * @param visitor the visitor
   * @param <R> the result type
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per block type; a new block type is a breaking change and adds a method here.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * {@return the result for a paragraph}
     *
     * @param paragraph the paragraph
     */
    R visitParagraph(Paragraph paragraph);

    /**
     * {@return the result for a heading}
     *
     * @param heading the heading
     */
    R visitHeading(Heading heading);

    /**
     * {@return the result for a list}
     *
     * @param list the list
     */
    R visitList(ListBlock list);

    /**
     * {@return the result for a quote}
     *
     * @param quote the quote
     */
    R visitQuote(Quote quote);

    /**
     * {@return the result for a divider}
     *
     * @param divider the divider
     */
    R visitDivider(Divider divider);

    /**
     * {@return the result for an image}
     *
     * @param image the image
     */
    R visitImage(Image image);

    /**
     * {@return the result for a contact}
     *
     * @param contact the contact block
     */
    R visitContact(ContactBlock contact);

    /**
     * {@return the result for an embed}
     *
     * @param embed the embed
     */
    R visitEmbed(Embed embed);

    /**
     * {@return the result for a table}
     *
     * @param table the table
     */
    R visitTable(Table table);

    /**
     * {@return the result for preformatted text}
     *
     * @param preformatted the preformatted block
     */
    R visitPreformatted(Preformatted preformatted);
  }
}
