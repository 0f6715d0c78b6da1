package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.Mark;
import org.pressroom.html.Text;

/**
 * Flattens inline content into {@link Piece}s with the whitespace rules of a block's {@code
 * text()}: runs of whitespace (no-break spaces included) collapse to one space, lines are trimmed,
 * leading and trailing breaks go, and a {@code \n} inside a text counts as a line break. So the
 * text of the pieces is the block's text, and renderers need not care about whitespace. Adjacent
 * texts with the same marks are merged. Links recurse, one frame per nesting level of the model.
 * Not thread-safe: one per call.
 */
final class Pieces implements Inline.Visitor<Void> {
  private final List<Piece> out = new ArrayList<>();
  private final StringBuilder cur = new StringBuilder();
  private Set<Mark> curMarks = Set.of();
  private boolean pendingSpace;
  private int pendingBreaks;

  /** Whether any text or image was written: leading whitespace and breaks are dropped. */
  private boolean any;

  private Pieces() {}

  /** {@return the pieces of the content} */
  static List<Piece> of(List<Inline> content) {
    Pieces p = new Pieces();
    for (Inline i : content) {
      i.accept(p);
    }
    p.flush();
    return p.out;
  }

  private void flush() {
    if (cur.length() > 0) {
      out.add(Piece.text(cur.toString(), curMarks));
      cur.setLength(0);
    }
  }

  /** Writes the pending whitespace before something visible with these marks. */
  private void pending(Set<Mark> marks) {
    if (any) {
      if (pendingBreaks > 0) {
        flush();
        for (int k = 0; k < pendingBreaks; k++) {
          out.add(Piece.BREAK);
        }
      } else if (pendingSpace) {
        if (cur.length() > 0 && curMarks.equals(marks)) {
          cur.append(' ');
        } else {
          flush();
          out.add(Piece.text(" ", Set.of()));
        }
      }
    }
    pendingBreaks = 0;
    pendingSpace = false;
  }

  @Override
  public Void visitText(Text text) {
    String s = text.text();
    Set<Mark> marks = text.marks();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        pendingBreaks++;
        pendingSpace = false;
      } else if (Spaces.isSpace(c)) {
        if (pendingBreaks == 0) {
          pendingSpace = true;
        }
      } else {
        pending(marks);
        if (cur.length() > 0 && !curMarks.equals(marks)) {
          flush();
        }
        curMarks = marks;
        cur.append(c);
        any = true;
      }
    }
    return null;
  }

  @Override
  public Void visitLink(Link link) {
    // A space before the link stays outside it; a break stays pending into the link's content.
    if (pendingBreaks == 0) {
      pending(Set.of());
    }
    flush();
    out.add(Piece.linkOpen(link));
    for (Inline i : link.content()) {
      i.accept(this);
    }
    flush();
    out.add(Piece.LINK_CLOSE);
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    pendingBreaks++;
    pendingSpace = false;
    return null;
  }

  @Override
  public Void visitImage(InlineImage image) {
    pending(Set.of());
    flush();
    out.add(Piece.image(image));
    any = true;
    return null;
  }
}
