package org.pressroom.html.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs the HTML and Markdown renderers write: links may be {@code http}, {@code https},
 * {@code mailto}, {@code tel}, fragment-only or relative; images {@code http}, {@code https} or
 * relative; embeds {@code http} or {@code https} only. Anything else ({@code javascript:}, {@code
 * data:}, {@code vbscript:}, unknown or malformed schemes) is not written. The scheme is found as a
 * browser finds it: leading and trailing controls and spaces ignored, tabs and line breaks removed.
 */
final class SafeUrls {
  private SafeUrls() {}

  /**
   * The scheme found where a browser looks for one, lower-cased; {@code ""} for a relative URL;
   * null if malformed.
   */
  static @Nullable String scheme(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && url.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder scheme = new StringBuilder();
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
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
