package org.pressroom.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * What wires and editors leave in a body that no reader sees or means (DESIGN 3.1): tracking
 * pixels, and superscript footnote markers that would merge with the word before them. Stateless.
 */
final class Debris {
  /** Wire services' tracking images, whatever their size. */
  private static final String[] TRACKERS = {
    "/newsroom/ti?", // GlobeNewswire
    "rt.prnewswire.com/rt.gif", // PR Newswire
    "cts.businesswire.com/ct/ct?", // Business Wire
  };

  /** The largest width and height of a tracking pixel, in CSS pixels. */
  private static final int PIXEL = 2;

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private Debris() {}

  /**
   * {@return whether an image is a tracking pixel}: 1x1 or 2x2 (at most {@value #PIXEL} by {@value
   * #PIXEL}) by its {@code width} and {@code height} attributes or its style, or a wire service's
   * tracking image of any size
   *
   * @param img an {@code img} element
   * @param src its source, as written
   */
  static boolean isTrackingPixel(Element img, String src) {
    String lower = src.toLowerCase(java.util.Locale.ROOT);
    for (String tracker : TRACKERS) {
      if (lower.contains(tracker)) {
        return true;
      }
    }
    int width = size(img.attr("width"));
    int height = size(img.attr("height"));
    String style = img.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
      width = width >= 0 ? width : size(property(s, "width"));
      height = height >= 0 ? height : size(property(s, "height"));
    }
    return width >= 0 && width <= PIXEL && height >= 0 && height <= PIXEL;
  }

  /**
   * Whether the {@code sup} holding the node follows a letter or punctuation directly (not a space,
   * not a digit, not the start of its block).
   */
  private static boolean followsWord(Node node) {
    Node sup = node.parent();
    for (int up = 0; up < 3 && sup != null; up++) {
      if (sup.nameIs("sup")) {
        break;
      }
      if (sup.previousSibling() != null) {
        return false; // not the sup's first text: its start decides
      }
      sup = sup.parent();
    }
    if (sup == null || !sup.nameIs("sup")) {
      return false;
    }
    Node before = sup.previousSibling();
    if (before == null && sup.parent() != null && isInline(sup.parent())) {
      before = sup.parent().previousSibling();
    }
    String text;
    if (before instanceof TextNode textNode) {
      text = textNode.getWholeText();
    } else if (before instanceof Element element && isInline(element)) {
      text = element.text();
    } else {
      return false;
    }
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return !Character.isWhitespace(last) && !Character.isDigit(last) && !Spaces.isSpace(last);
  }

  /**
   * {@return whether the node is an inline element} (any other node's name starts with {@code #})
   */
  private static boolean isInline(Node node) {
    return INLINE.contains(node.normalName());
  }

  /** Inline elements a footnote marker may follow or sit in. */
  private static final java.util.Set<String> INLINE =
      java.util.Set.of("a", "b", "strong", "i", "em", "u", "span", "font", "abbr", "cite", "small");

  /** {@return the value of a CSS property in a declaration list without spaces, or ""} */
  private static String property(String style, String name) {
    int at = 0;
    while ((at = style.indexOf(name + ":", at)) >= 0) {
      if (at == 0 || style.charAt(at - 1) == ';' || style.charAt(at - 1) == '"') {
        int start = at + name.length() + 1;
        int end = style.indexOf(';', start);
        return style.substring(start, end < 0 ? style.length() : end);
      }
      at += name.length();
    }
    return "";
  }

  /** {@return a length in pixels ({@code 1}, {@code 1px}, {@code 1.0}), or -1 when it is none} */
  private static int size(String value) {
    String v = value.trim();
    if (v.endsWith("px")) {
      v = v.substring(0, v.length() - 2).trim();
    }
    if (v.isEmpty() || v.length() > 6) {
      return -1;
    }
    int n = 0;
    int i = 0;
    for (; i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9'; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    if (i == 0) {
      return -1;
    }
    if (i < v.length()
        && (v.charAt(i) != '.' || !v.substring(i + 1).chars().allMatch(c -> c == '0'))) {
      return -1;
    }
    return n;
  }

  /**
   * {@return a superscript footnote marker's text in superscript digits} ({@code 1} becomes {@code
   * ¹}, {@code 1,2} becomes {@code ¹,²}), so that it never merges with the word before it; or null
   * when the text is not a marker: it holds something other than digits, commas, hyphens and
   * spaces, or no digit, or its {@code sup} does not follow a word directly (a space or a digit
   * before it: {@code 10<sup>6</sup>} is a power)
   *
   * @param node the text node, inside a {@code sup}
   * @param text its text
   */
  static @Nullable String footnote(Node node, String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != ',' && c != '-' && c != ' ' && c != '\u2013') {
        return null;
      }
    }
    if (!digit || !followsWord(node)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c);
    }
    return sb.toString();
  }
}
