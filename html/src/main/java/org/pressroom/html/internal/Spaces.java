package org.pressroom.html.internal;

import java.util.List;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/**
 * Whitespace as the body model sees it: the one definition that the model, the parser and the
 * renderers share.
 */
public final class Spaces {
  private Spaces() {}

  /**
   * {@return whether a character is whitespace for the body model}: HTML whitespace, no-break
   * spaces and the other Unicode spaces ({@code \n} is a line break, not a space).
   */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u00A0') {
      return false; // the common case: printable ASCII and C1 controls
    }
    return c == ' '
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u3000'
        || c == '\u1680'
        || c == '\u205F';
  }

  /**
   * {@return the text collapsed by the model's own block text rule} (so both can never disagree).
   */
  static String collapse(String raw) {
    return new Paragraph(List.of(Text.plain(raw))).text();
  }
}
