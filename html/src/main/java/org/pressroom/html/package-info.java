/**
 * The body model of a release: blocks and inlines parsed from its HTML, and their renderers. The
 * entry points are {@link org.pressroom.html.BodyParser} (with {@link
 * org.pressroom.html.ParseOptions}), which gives a {@link org.pressroom.html.Body}, and {@link
 * org.pressroom.html.BodyRenderer}; the other types are the model: {@link
 * org.pressroom.html.Block}s and {@link org.pressroom.html.Inline}s, each an immutable record with
 * a visitor, and what a body holds besides ({@link org.pressroom.html.Dateline}, {@link
 * org.pressroom.html.BodyLink}, {@link org.pressroom.html.BodyIssue}).
 *
 * <pre>{@code
 * Body body = BodyParser.create().parse(release);
 * for (Heading h : body.headings()) System.out.println(h.text());
 * String markdown = BodyRenderer.markdown().render(body);
 * }</pre>
 */
@NullMarked
package org.pressroom.html;

import org.jspecify.annotations.NullMarked;
