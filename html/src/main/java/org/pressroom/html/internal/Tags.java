package org.pressroom.html.internal;

import java.util.Set;

/** What the body parser makes of an HTML element by its name, where a table says it. */
final class Tags {
  private Tags() {}

  /** Elements whose content is not visible text. */
  static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "template",
          "noscript",
          "head",
          "title",
          "meta",
          "link",
          "base",
          "select",
          "datalist",
          "svg",
          "math",
          "canvas",
          "input",
          "option",
          "optgroup",
          "param",
          "source",
          "track",
          "area",
          "map",
          "noembed",
          "noframes",
          "frame",
          "frameset",
          "col",
          "colgroup",
          "wbr");

  /** Elements that end the paragraph before them and after them. */
  static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "nav",
          "aside",
          "address",
          "center",
          "form",
          "fieldset",
          "legend",
          "dl",
          "dt",
          "dd",
          "details",
          "summary",
          "hgroup",
          "body",
          "html",
          "caption",
          "figcaption",
          "tr",
          "td",
          "th",
          "thead",
          "tbody",
          "tfoot",
          "dialog",
          "search",
          "menuitem",
          "marquee",
          "button",
          "li");
}
