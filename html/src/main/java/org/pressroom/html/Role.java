package org.pressroom.html;

import java.util.Locale;

/**
 * What a top-level block is to a reader of a press release: the news itself ({@link #LEAD}, {@link
 * #BODY}) or the matter around it. {@link Body#roles()} holds one per top-level block; {@link
 * Body#main()} keeps the lead and body blocks only.
 */
public enum Role {
  /** The body repeating the release's title or subtitle (or a kicker) before the lead. */
  TITLE,
  /** A distribution, embargo or correction notice ("For immediate release") before the lead. */
  NOTICE,
  /** The paragraph holding the dateline, or else the first paragraph of text. */
  LEAD,
  /** The rest of the news. */
  BODY,
  /** "About X" ("Over X", "À propos de X", "Über X") and the blocks under it. */
  BOILERPLATE,
  /** A contact section (its label included) and contact blocks. */
  CONTACTS,
  /** "Notes to editors" ("Noot voor de redactie", "Note aux rédactions", ...) and what follows. */
  NOTES,
  /** Forward-looking statements, cautionary notes, safe harbour and other disclaimers. */
  DISCLAIMER,
  /** An end marker ({@code ###}, {@code -30-}, {@code Ends}, {@code - ENDE -}) and what follows. */
  END;

  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /** {@return the name in the body JSON, such as {@code "boilerplate"}} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return whether this role is part of the news: {@link #LEAD} or {@link #BODY}} */
  public boolean isMain() {
    return this == LEAD || this == BODY;
  }
}
