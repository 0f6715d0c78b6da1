package org.pressroom.html.internal;

import java.net.MalformedURLException;
import java.net.URL;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.LinkKind;

/** Classifies and resolves hrefs and sources. */
final class Hrefs {
  private Hrefs() {}

  /**
   * The base URI of one parse, parsed at most once (parsing it again for every relative link cost
   * as much as the resolution itself). Not thread-safe: one per parse.
   */
  static final class Base {
    final String uri;
    private @Nullable URL url;
    private boolean parsed;

    Base(String uri) {
      this.uri = uri;
    }

    /** {@return the base as a URL, or null when it is not one} */
    @Nullable URL url() {
      if (!parsed) {
        parsed = true;
        try {
          url = new URL(uri);
        } catch (MalformedURLException | IllegalArgumentException e) {
          url = null;
        }
      }
      return url;
    }
  }

  /** A classified href: what the model holds and its kind. */
  record Resolved(String href, LinkKind kind) {}

  /** {@return whether the parser refuses a URL: see {@link SafeUrls#isUnsafe}} */
  static boolean isUnsafe(String url, boolean allowData) {
    return SafeUrls.isUnsafe(url, allowData);
  }

  /** {@return the scheme of an absolute URL, lower-cased, or null when the URL is relative} */
  static @Nullable String scheme(String url) {
    int n = Math.min(url.length(), 40);
    for (int i = 0; i < n; i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i == 0 ? null : url.substring(0, i).toLowerCase(java.util.Locale.ROOT);
      }
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return null;
      }
    }
    return null;
  }

  /**
   * Resolves and classifies a trimmed, safe href: {@code mailto:}, {@code tel:} and {@code
   * #fragment} hrefs are kept as written; relative hrefs are resolved against the base when there
   * is one.
   */
  static Resolved classify(String href, @Nullable Base base) {
    if (href.startsWith("#")) {
      return new Resolved(href, LinkKind.ANCHOR);
    }
    String scheme = scheme(href);
    if (scheme == null) {
      String resolved = resolve(href, base);
      String s = scheme(resolved);
      return new Resolved(
          resolved, "http".equals(s) || "https".equals(s) ? LinkKind.WEB : LinkKind.OTHER);
    }
    switch (scheme) {
      case "http":
      case "https":
        return new Resolved(href, LinkKind.WEB);
      case "mailto":
        return new Resolved(href, LinkKind.EMAIL);
      case "tel":
        return new Resolved(href, LinkKind.PHONE);
      default:
        return new Resolved(href, LinkKind.OTHER);
    }
  }

  /**
   * {@return the URL resolved against the base; as written when absolute, without base, or
   * unresolvable}
   */
  static String resolve(String url, @Nullable Base baseUri) {
    if (baseUri == null || scheme(url) != null) {
      return url;
    }
    String base = baseUri.uri;
    if (url.startsWith("?")) {
      // RFC 3986 5.2.2: a query-only reference keeps the whole base path; java.net.URL drops its
      // last segment.
      int end = base.length();
      for (int i = 0; i < base.length(); i++) {
        char c = base.charAt(i);
        if (c == '?' || c == '#') {
          end = i;
          break;
        }
      }
      return base.substring(0, end) + url;
    }
    try {
      // URL, unlike URI, accepts what browsers accept (spaces, unescaped characters).
      URL context = baseUri.url();
      if (context == null) {
        return url; // as new URL(base) failing did
      }
      return new URL(context, url).toExternalForm();
    } catch (MalformedURLException | IllegalArgumentException e) {
      return url;
    }
  }
}
