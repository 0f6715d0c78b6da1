package org.pressroom.html.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Link;
import org.pressroom.html.Mark;

/**
 * One event of flattened inline content (see {@link Pieces}).
 *
 * @param kind what the event is
 * @param text for {@link Kind#TEXT}, the text: no line break, whitespace collapsed to single
 *     spaces, and only a piece of its own ({@code " "} without marks) starts or ends with a space
 *     when the marks change
 * @param marks for {@link Kind#TEXT}, the marks
 * @param link for {@link Kind#LINK_OPEN}, the link
 * @param image for {@link Kind#IMAGE}, the image
 */
record Piece(
    Kind kind, String text, Set<Mark> marks, @Nullable Link link, @Nullable InlineImage image) {
  enum Kind {
    TEXT,
    BREAK,
    LINK_OPEN,
    LINK_CLOSE,
    IMAGE
  }

  static final Piece BREAK = new Piece(Kind.BREAK, "", Set.of(), null, null);
  static final Piece LINK_CLOSE = new Piece(Kind.LINK_CLOSE, "", Set.of(), null, null);

  static Piece text(String text, Set<Mark> marks) {
    return new Piece(Kind.TEXT, text, marks, null, null);
  }

  static Piece linkOpen(Link link) {
    return new Piece(Kind.LINK_OPEN, "", Set.of(), link, null);
  }

  static Piece image(InlineImage image) {
    return new Piece(Kind.IMAGE, "", Set.of(), null, image);
  }

  boolean isSpace() {
    return kind == Kind.TEXT && text.equals(" ");
  }
}
