package org.pressroom.html;

/** A thematic break ({@code <hr>}). */
public record Divider() implements Block {
  /** {@return {@code ""}} */
  @Override
  public String text() {
    return "";
  }

  @Override
  public <R> R accept(Block.Visitor<R> visitor) {
    return visitor.visitDivider(this);
  }
}
