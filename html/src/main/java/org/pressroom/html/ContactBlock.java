package org.pressroom.html;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;

/**
 * A press contact found in the body: one of the newsroom's contact cards, or a paragraph introduced
 * by a label such as {@code Press contact:}.
 *
 * @param contact the contact's fields as read from the card or the text
 * @param avatar the card's avatar image URL, or null
 * @param origin where the contact came from
 * @param text for a card, the contact's name; for a textual contact, the original paragraph's text
 */
public record ContactBlock(Contact contact, @Nullable String avatar, Origin origin, String text)
    implements Block {
  /** Where a {@link ContactBlock} came from; the body JSON writes the lower-case name. */
  public enum Origin {
    /** A {@code <div class="release-content-contact">} card. */
    CARD,
    /** A paragraph introduced by a contact label. */
    TEXT;

    /** {@return the name used in the body JSON: {@code card} or {@code text}} */
    public String jsonName() {
      return this == CARD ? "card" : "text";
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
