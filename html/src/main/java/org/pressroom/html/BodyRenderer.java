package org.pressroom.html;

import java.io.IOException;
import org.pressroom.html.internal.BodyJsonRenderer;
import org.pressroom.html.internal.HtmlRenderer;
import org.pressroom.html.internal.MarkdownRenderer;
import org.pressroom.html.internal.TextRenderer;

/**
 * Renders a {@link Body} as plain text, Markdown, clean HTML or the body JSON.
 *
 * <p>Every renderer returned by the factories is a stateless, thread-safe singleton. Nested blocks
 * (lists, quotes, tables) are rendered by recursion, one level of Java stack per level of the
 * model; the parser bounds the depth of the model ({@link ParseOptions#maxDepth()}), and so does
 * whoever builds a body in code.
 *
 * <pre>{@code
 * Body body = BodyParser.create().parse(release);
 * String markdown = BodyRenderer.markdown().render(body);
 * }</pre>
 */
public interface BodyRenderer {
  /**
   * {@return the rendering of the body}
   *
   * @param body the body
   */
  String render(Body body);

  /**
   * Renders the body into an appendable, streaming: the output is appended as it is produced.
   *
   * @param body the body
   * @param out the destination
   * @throws IOException if appending fails (the appendable's own exception)
   */
  void render(Body body, Appendable out) throws IOException;

  /**
   * {@return the plain-text renderer}: blocks separated by a blank line; list items as {@code - }
   * or {@code 1. } lines, nested blocks indented by the marker's width; quotes prefixed {@code > };
   * a divider as {@code ---}; an image as its caption, else {@code [alt]}; a contact card as its
   * name and other fields, one a line; an embed as its URL; a table as one line a row, cells
   * separated by a tab; preformatted text as is. Every word of every block's {@link Block#text()}
   * appears, in order. The output ends with a line break unless empty.
   */
  static BodyRenderer text() {
    return TextRenderer.INSTANCE;
  }

  /**
   * {@return the CommonMark renderer}: ATX headings, {@code **bold**}, {@code *italic*}, code
   * spans, backslash line breaks, inline links and images (an image's caption as its title), {@code
   * > } quotes, {@code -} and {@code 1.} lists, {@code ---} dividers, fenced code for preformatted
   * text. CommonMark has no underline, strikethrough, subscript or superscript: those marks are
   * written as plain text. A table whose first row is all header cells, with no spans and at most
   * one paragraph a cell, is a GFM pipe table; any other table an HTML block. A contact keeps its
   * text (a card: its name in bold, then its fields a line each), email addresses as links. Text is
   * escaped so that it never becomes markup; links and images with an unsafe URL (such as {@code
   * javascript:}) are written as their text. The output ends with a line break unless empty.
   */
  static BodyRenderer markdown() {
    return MarkdownRenderer.INSTANCE;
  }

  /**
   * {@return the clean, safe HTML renderer}: a fixed set of elements and attributes, every value
   * escaped, URLs only {@code http}, {@code https}, {@code mailto}, {@code tel}, fragment or
   * relative (others dropped, the content kept), no scripts, no event attributes, no {@code style},
   * no {@code iframe}: an embed is written as a link to its URL. A contact is an {@code <address>}.
   * The output is a fragment, a block element a line, and ends with a line break unless empty.
   */
  static BodyRenderer html() {
    return HtmlRenderer.INSTANCE;
  }

  /**
   * {@return the body JSON renderer}: a stable contract, {@code {"blocks": [...], "dateline": ...
   * or null, "links": [...], "issues": [...]}}, laid out like the canonical release JSON (4-space
   * indentation, {@code "key": value}, one element a line, {@code []} when empty, pure ASCII with
   * lowercase {@code \}{@code uXXXX} escapes, no trailing newline).
   *
   * <p>An image block also has {@code "link"} (a string or null) after {@code "caption"}, always
   * written so that every image object has the same shape. An inline link has exactly {@code
   * "type"}, {@code "href"} and {@code "content"} (its kind is in the body's {@code "links"}); an
   * issue has exactly {@code "kind"} and {@code "message"}; a contact has the ten keys of {@link
   * org.pressroom.Contact#KEYS} (its unknown keys are not written).
   *
   * <p>No string holds a raw line break, so the output can be embedded as a value at any depth by
   * indenting every line after the first by four spaces per level:
   *
   * <pre>{@code
   * String body = BodyRenderer.json().render(b).replace("\n", "\n    ");
   * String both = "{\n    \"release\": " + releaseJson.replace("\n", "\n    ") + ",\n    \"body\": " + body + "\n}";
   * }</pre>
   */
  static BodyRenderer json() {
    return BodyJsonRenderer.INSTANCE;
  }
}
