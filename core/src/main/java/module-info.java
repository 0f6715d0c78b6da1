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
  // Not API. The body JSON reader and writer in html read and write JSON as the release JSON does:
  // the same source (strict UTF-8, line and column in characters, the length budget), the same
  // opening of each input, the same string escaping, the same dependency check and schema loading.
  // Core needs each of these itself, so html uses core's rather than keeping a second copy: this
  // qualified export is that seam.
  exports org.pressroom.internal to
      org.pressroom.html;
}
