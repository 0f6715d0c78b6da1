package org.pressroom.html.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one URL policy of the body, in two steps that a URL must both pass to reach any output.
 *
 * <p>What the parser refuses ({@link #isUnsafe}): a deny-list of the schemes that run code or
 * smuggle content ({@code javascript:}, {@code vbscript:}, {@code data:} except for images), read
 * loosely: every control character and space before the colon is ignored, so that obfuscations such
 * as {@code "java\tscript:"} are caught too. A refused link stays as text with an {@code
 * UNSAFE_LINK} issue; a refused source is dropped.
 *
 * <p>What the HTML and Markdown renderers write (the {@code isSafe...} methods): an allow-list, for
 * models built by hand as well as parsed ones. Links may be {@code http}, {@code https}, {@code
 * mailto}, {@code tel}, fragment-only or relative; images {@code http}, {@code https} or relative;
 * embeds {@code http} or {@code https} only. Anything else (unknown or malformed schemes included)
 * is not written. Here the scheme is found as a browser finds it: leading and trailing controls and
 * spaces ignored, tabs and line breaks removed.
 *
 * <p>Whitespace in a URL has one rule, here: what a browser strips from a URL's ends ({@link
 * #isEdge}: C0 controls and space) the parser trims from an attribute before it judges and keeps
 * the URL ({@link #trim}), and the renderers read the scheme between the same ends; what a browser
 * removes anywhere (tab, line feed, carriage return) the renderers skip in the scheme. The
 * deny-list reads the scheme more loosely still: every character stripped at the ends, and DEL, is
 * ignored anywhere before the colon.
 */
final class SafeUrls {
  private SafeUrls() {}

  /** {@return whether a browser strips the character from a URL's ends: a C0 control or space} */
  static boolean isEdge(char c) {
    return c <= ' ';
  }

  /** {@return whether a browser removes the character anywhere in a URL: tab or line break} */
  private static boolean isRemoved(char c) {
    return c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * {@return the URL without the characters a browser strips from its ends} ({@link #isEdge}, as
   * {@link String#trim} does)
   */
  static String trim(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && isEdge(url.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(url.charAt(end - 1))) {
      end--;
    }
    return url.substring(start, end);
  }

  /**
   * {@return whether a URL uses a scheme that runs code or smuggles content: {@code javascript:},
   * {@code vbscript:}, {@code data:}} Whitespace and control characters anywhere before the colon
   * are ignored, more loosely than a browser reads a scheme, so that no obfuscation gets through.
   */
  static boolean isUnsafe(String url, boolean allowData) {
    char[] scheme = new char[11];
    int len = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (isEdge(c) || c == 0x7F) {
        continue;
      }
      if (c == ':') {
        String s = new String(scheme, 0, len);
        return s.equals("javascript") || s.equals("vbscript") || (!allowData && s.equals("data"));
      }
      if (len == scheme.length) {
        return false;
      }
      scheme[len++] = Character.toLowerCase(c);
    }
    return false;
  }

  /**
   * The scheme found where a browser looks for one, lower-cased; {@code ""} for a relative URL;
   * null if malformed.
   */
  static @Nullable String scheme(String url) {
    String trimmed = trim(url);
    StringBuilder scheme = new StringBuilder();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (isRemoved(c)) {
        continue;
      }
      if (c == ':') {
        return isScheme(scheme) ? scheme.toString().toLowerCase(Locale.ROOT) : null;
      }
      if (c == '/' || c == '?' || c == '#') {
        return "";
      }
      scheme.append(c);
    }
    return "";
  }

  private static boolean isScheme(CharSequence s) {
    if (s.length() == 0 || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isSafeLink(String href) {
    String s = scheme(href);
    return s != null
        && (s.isEmpty()
            || s.equals("http")
            || s.equals("https")
            || s.equals("mailto")
            || s.equals("tel"));
  }

  static boolean isSafeImage(String src) {
    String s = scheme(src);
    return s != null && (s.isEmpty() || s.equals("http") || s.equals("https")) && !src.isBlank();
  }

  static boolean isSafeEmbed(String src) {
    String s = scheme(src);
    return s != null && (s.equals("http") || s.equals("https"));
  }

  /**
   * Whether the web value (a website, Twitter or Facebook field) is an absolute web URL worth
   * linking.
   */
  static boolean isWebUrl(String url) {
    return isSafeEmbed(url);
  }
}
