package org.pressroom.html.internal;

import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.Text;

/**
 * The type of an inline as a value, with its body JSON name: the inline counterpart of {@link
 * BlockType}.
 */
public enum InlineType {
  TEXT("text"),
  LINK("link"),
  BREAK("break"),
  IMAGE("image");

  private final String jsonName;

  InlineType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the inline's {@code "type"} in the body JSON} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return the type of an inline} */
  public static InlineType of(Inline inline) {
    return inline.accept(OF);
  }

  private static final Inline.Visitor<InlineType> OF =
      new Inline.Visitor<>() {
        @Override
        public InlineType visitText(Text text) {
          return TEXT;
        }

        @Override
        public InlineType visitLink(Link link) {
          return LINK;
        }

        @Override
        public InlineType visitLineBreak(LineBreak lineBreak) {
          return BREAK;
        }

        @Override
        public InlineType visitImage(InlineImage image) {
          return IMAGE;
        }
      };
}
