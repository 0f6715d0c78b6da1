package org.pressroom.html;

import org.pressroom.Release;

/** Parses a release's HTML body into a {@link Body}. STUB: the signatures are the contract. */
public final class BodyParser {
  private final ParseOptions options;

  private BodyParser(ParseOptions options) {
    this.options = options;
  }

  /** {@return a parser with {@link ParseOptions#defaults()}} */
  public static BodyParser create() {
    return new BodyParser(ParseOptions.defaults());
  }

  /**
   * {@return a parser with these options}
   *
   * @param options the options
   */
  public static BodyParser create(ParseOptions options) {
    return new BodyParser(options);
  }

  /** {@return this parser's options} */
  public ParseOptions options() {
    return options;
  }

  /**
   * Parses HTML, resolving relative links against {@link ParseOptions#baseUri()} if set.
   *
   * @param html the body HTML
   * @return the body; never throws on bad markup
   */
  public Body parse(String html) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Parses a release's body, resolving relative links against the options' base URI or else the release's URL.
   *
   * @param release the release
   * @return the body
   */
  public Body parse(Release release) {
    throw new UnsupportedOperationException("not yet");
  }
}
