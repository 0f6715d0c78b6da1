package org.pressroom.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.pressroom.internal.Dependencies;

/**
 * Checks at first use that the jsoup found at run time is one the body parser works with; see
 * {@link Dependencies#JSOUP_MINIMUM}. Older releases keep less of very deeply nested markup (before
 * 1.22) and take minutes rather than seconds on tables nested 100,000 deep (before 1.24).
 */
public final class JsoupVersion {
  private static final @Nullable String PROBLEM = problem();

  private JsoupVersion() {}

  /**
   * Checks the jsoup version.
   *
   * @throws IllegalStateException if it is older than {@link Dependencies#JSOUP_MINIMUM}
   */
  public static void require() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  private static @Nullable String problem() {
    String found = found();
    return found == null
        ? null
        : Dependencies.problem("jsoup", "org.jsoup:jsoup", found, Dependencies.JSOUP_MINIMUM);
  }

  /**
   * {@return jsoup's version, or null if it cannot be told}: from the Maven metadata in its jar,
   * else from its jar's manifest when that is jsoup's own (not an application's merged jar)
   */
  static @Nullable String found() {
    try (InputStream in =
        Jsoup.class.getResourceAsStream("/META-INF/maven/org.jsoup/jsoup/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // No readable metadata: try the manifest.
    }
    Package p = Jsoup.class.getPackage();
    String title = p == null ? null : p.getImplementationTitle();
    if (title != null && title.startsWith("jsoup")) {
      return p.getImplementationVersion();
    }
    return null;
  }
}
