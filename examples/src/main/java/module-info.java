/** Runnable examples and the {@code pressroom} command-line tool. */
module org.pressroom.examples {
  requires org.pressroom.core;
  requires org.pressroom.html;
  requires org.pressroom.export;
  requires static org.jspecify;
}
