package org.pressroom.html;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * A press contact found in the body: one of the newsroom's contact cards, an hCard or schema.org
 * microformat, or contact details written as text after a label such as {@code Press contact:}.
 *
 * @param contact the contact's fields as read from the card or the text
 * @param avatar the card's avatar image URL, or null
 * @param origin where the contact came from
 * @param text for a card, the contact's name; for a textual contact, the original text it was read
 *     from; for a microformat, the text of the marked-up element, one line per block
 */
public record ContactBlock(Contact contact, @Nullable String avatar, Origin origin, String text)
    implements Block {
  /** Where a {@link ContactBlock} came from; the body JSON writes the lower-case name. */
  public enum Origin {
    /** A {@code <div class="release-content-contact">} card. */
    CARD,
    /** Contact details written as text: a paragraph, list, table or preformatted text. */
    TEXT,
    /** An hCard microformat ({@code .vcard}) or schema.org microdata ({@code Person}). */
    MICROFORMAT;

    /**
     * {@return the name used in the body JSON: {@code card}, {@code text} or {@code microformat}}
     */
    public String jsonName() {
      return switch (this) {
        case CARD -> "card";
        case TEXT -> "text";
        case MICROFORMAT -> "microformat";
      };
    }
  }

  /**
   * Checks the components.
   *
   * @param contact the contact's fields as read from the card or the text
   * @param avatar the card's avatar image URL, or null
   * @param origin where the contact came from
   * @param text for a card, the contact's name; for a textual contact, the original paragraph's
   *     text
   * @throws NullPointerException if {@code contact}, {@code origin} or {@code text} is null
   */
  public ContactBlock {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitContact(this);
  }
}
