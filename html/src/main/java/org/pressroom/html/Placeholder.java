package org.pressroom.html;

/** Temporary placeholder until the body model lands. */
final class Placeholder {
  private Placeholder() {}
}
