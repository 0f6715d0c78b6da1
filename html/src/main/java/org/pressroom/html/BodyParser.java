package org.pressroom.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pressroom.Release;
import org.pressroom.html.internal.BodyWalker;
import org.pressroom.html.internal.JsoupVersion;

/**
 * Parses a release's HTML body into a {@link Body}: blocks (paragraphs, headings, lists, quotes,
 * dividers, images, contacts, embeds, tables, preformatted text) of inline content, the lead
 * paragraph's dateline, every link, and the issues met on the way.
 *
 * <p>Parsing is lenient and bounded: it never throws on bad markup. A body longer than {@link
 * ParseOptions#maxInputLength()} gives an empty body with a {@link BodyIssue.Kind#SIZE_LIMIT}
 * issue; content nested deeper than {@link ParseOptions#maxDepth()} is kept as text (a {@link
 * BodyIssue.Kind#DEPTH_LIMIT} issue); at most {@link ParseOptions#maxIssues()} issues are recorded.
 * Work is linear in the size of the input.
 *
 * <p>What the parser infers, beyond the markup:
 *
 * <ul>
 *   <li>a paragraph whose whole text is bold, at most 15 words, without link, image or line break,
 *       and not ending in {@code .}, {@code !} or {@code ?} is a {@link Heading} of level 2 marked
 *       {@link Heading#inferred()}; its content keeps its marks except bold (a heading is bold by
 *       nature);
 *   <li>press contacts become {@link ContactBlock}s: the newsroom's contact cards, hCard and
 *       schema.org microformats, and contact details written after a label ({@code Press contact:},
 *       {@code Perscontact}, {@code Contact presse}, {@code Pressekontakt}, ...) in the label's
 *       paragraph or in the paragraphs, lists, tables and preformatted text after a label standing
 *       alone; each contact has an email address or a phone number;
 *   <li>the lead paragraph opening with {@code CITY, date -} (or a wire's {@code CITY (BUSINESS
 *       WIRE) --}) gives the body a {@link Dateline}; the lead may follow a repeated headline, a
 *       kicker, notices or a contact section.
 *   <li>every top-level block gets a {@link Role} (title, notice, lead, body, boilerplate,
 *       contacts, notes, disclaimer, end); tracking pixels are dropped and footnote markers kept
 *       apart from the word before them.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe: share one parser across threads.
 *
 * <pre>{@code
 * BodyParser parser = BodyParser.create();
 * Body body = parser.parse("<p><b>Title</b></p><p>BRUSSELS, 8 June 2026 - Text.</p>");
 * body.headings().get(0).text();   // "Title"
 * }</pre>
 */
public final class BodyParser {
  private final ParseOptions options;

  private BodyParser(ParseOptions options) {
    JsoupVersion.require();
    this.options = options;
  }

  /**
   * {@return a parser with {@link ParseOptions#defaults()}}
   *
   * @throws IllegalStateException if the jsoup found at run time is older than the one Pressroom
   *     needs (the message names the version)
   */
  public static BodyParser create() {
    return new BodyParser(ParseOptions.defaults());
  }

  /**
   * {@return a parser with these options}
   *
   * @param options the options
   * @throws NullPointerException if {@code options} is null
   * @throws IllegalStateException if the jsoup found at run time is older than the one Pressroom
   *     needs (the message names the version)
   */
  public static BodyParser create(ParseOptions options) {
    return new BodyParser(Objects.requireNonNull(options, "options"));
  }

  /** {@return this parser's options} */
  public ParseOptions options() {
    return options;
  }

  /**
   * Parses HTML, resolving relative links and sources against {@link ParseOptions#baseUri()} if set
   * (else they stay as written, links of kind {@link LinkKind#OTHER}).
   *
   * <pre>{@code
   * Body body = BodyParser.create().parse("<p>See <a href=\"https://example.org\">this</a>.</p>");
   * body.links().get(0).kind();   // LinkKind.WEB
   * }</pre>
   *
   * @param html the body HTML, a fragment or a whole page
   * @return the body; never throws on bad markup
   * @throws NullPointerException if {@code html} is null
   */
  public Body parse(String html) {
    Objects.requireNonNull(html, "html");
    URI base = options.baseUri();
    return BodyWalker.parse(html, base == null ? null : base.toString(), options);
  }

  /**
   * Parses a release's body, resolving relative links and sources against the options' base URI or
   * else the release's {@link Release#url() url}.
   *
   * <pre>{@code
   * Body body = BodyParser.create().parse(release);
   * Dateline dateline = body.dateline();   // null when the lead paragraph has none
   * }</pre>
   *
   * @param release the release
   * @return the body; never throws on bad markup
   * @throws NullPointerException if {@code release} is null
   */
  public Body parse(Release release) {
    Objects.requireNonNull(release, "release");
    URI base = options.baseUri() != null ? options.baseUri() : release.url();
    List<String> titles = new ArrayList<>();
    titles.add(release.title());
    String subtitle = release.subtitle();
    if (subtitle != null) {
      titles.add(subtitle);
    }
    return BodyWalker.parse(release.body(), base.toString(), options, titles);
  }
}
