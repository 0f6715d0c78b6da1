package org.pressroom.html;

/** A line break ({@code <br>}) inside a block. */
public record LineBreak() implements Inline {
  /** {@return {@code "\n"}} */
  @Override
  public String text() {
    return "\n";
  }

  @Override
  public <R> R accept(Inline.Visitor<R> visitor) {
    return visitor.visitLineBreak(this);
  }
}
