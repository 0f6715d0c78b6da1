/**
 * Pressroom core: the press release model and its strict JSON reader and canonical writer.
 *
 * <p>{@code org.pressroom} holds the immutable model records; {@code org.pressroom.json} the
 * reader, the writer and their errors. Nothing from the underlying JSON library appears in the API.
 */
module org.pressroom.core {
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.core;

  exports org.pressroom;
  exports org.pressroom.json;
  // Shared JSON escaping for the body JSON; not API.
  exports org.pressroom.internal to
      org.pressroom.html;
}
