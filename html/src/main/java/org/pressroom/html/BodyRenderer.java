package org.pressroom.html;

import java.io.IOException;

/** Renders a {@link Body} as text, Markdown, clean HTML or the body JSON. STUB: the signatures are the contract. */
public interface BodyRenderer {
  /**
   * {@return the rendering of the body}
   *
   * @param body the body
   */
  String render(Body body);

  /**
   * Renders the body into an appendable.
   *
   * @param body the body
   * @param out the destination
   * @throws IOException if appending fails
   */
  void render(Body body, Appendable out) throws IOException;

  /** {@return the plain-text renderer} */
  static BodyRenderer text() {
    throw new UnsupportedOperationException("not yet");
  }

  /** {@return the CommonMark renderer} */
  static BodyRenderer markdown() {
    throw new UnsupportedOperationException("not yet");
  }

  /** {@return the clean, safe HTML renderer} */
  static BodyRenderer html() {
    throw new UnsupportedOperationException("not yet");
  }

  /** {@return the body JSON renderer (DESIGN's stable contract)} */
  static BodyRenderer json() {
    throw new UnsupportedOperationException("not yet");
  }
}
