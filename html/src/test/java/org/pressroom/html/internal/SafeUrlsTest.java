package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which URLs the renderers may write: the scheme as a browser reads it, and the allow-lists built
 * on it.
 */
class SafeUrlsTest {
  @Test
  void schemeIsReadAsABrowserReadsIt() {
    assertThat(SafeUrls.scheme("  HTTP://example.com ")).isEqualTo("http");
    assertThat(SafeUrls.scheme("ja\tva\nscr\ript:alert(1)")).isEqualTo("javascript");
    assertThat(SafeUrls.scheme("\u0000\u0001 javascript:alert(1)")).isEqualTo("javascript");
    assertThat(SafeUrls.scheme("a+b-c.d09:x")).isEqualTo("a+b-c.d09");
    assertThat(SafeUrls.scheme("Z:x")).isEqualTo("z");
  }

  @Test
  void aColonAfterAPathQueryOrFragmentStartIsNoScheme() {
    assertThat(SafeUrls.scheme("/path:x")).isEmpty();
    assertThat(SafeUrls.scheme("page?a:b")).isEmpty();
    assertThat(SafeUrls.scheme("#a:b")).isEmpty();
    assertThat(SafeUrls.scheme("relative")).isEmpty();
    assertThat(SafeUrls.scheme("")).isEmpty();
    assertThat(SafeUrls.scheme(" \n ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ":x", "1a:x", "a_b:x", "a@:x", "@a:x", "[a:x", "`a:x", "{a:x", "a[:x", "a`:x", "a{:x"
      })
  void somethingBeforeAColonThatIsNotASchemeIsNull(String url) {
    assertThat(SafeUrls.scheme(url)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com",
        "http://example.com",
        "mailto:a@example.com",
        "tel:+3226290000",
        "relative/page",
        "#top",
        "MAILTO:a@example.com"
      })
  void safeLinks(String href) {
    assertThat(SafeUrls.isSafeLink(href)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "ftp://x",
        "1a:b"
      })
  void unsafeLinks(String href) {
    assertThat(SafeUrls.isSafeLink(href)).isFalse();
  }

  @Test
  void safeImagesAreWebOrRelativeAndNotBlank() {
    assertThat(SafeUrls.isSafeImage("https://cdn.example.com/a.png")).isTrue();
    assertThat(SafeUrls.isSafeImage("http://cdn.example.com/a.png")).isTrue();
    assertThat(SafeUrls.isSafeImage("a.png")).isTrue();
    assertThat(SafeUrls.isSafeImage("")).isFalse();
    assertThat(SafeUrls.isSafeImage("  ")).isFalse();
    assertThat(SafeUrls.isSafeImage("data:image/png;base64,AAAA")).isFalse();
    assertThat(SafeUrls.isSafeImage("mailto:a@example.com")).isFalse();
    assertThat(SafeUrls.isSafeImage("1a:b")).isFalse();
  }

  @Test
  void embedsAndWebUrlsAreAbsoluteHttpOrHttps() {
    assertThat(SafeUrls.isSafeEmbed("https://www.youtube.com/embed/x")).isTrue();
    assertThat(SafeUrls.isSafeEmbed("http://example.com")).isTrue();
    assertThat(SafeUrls.isSafeEmbed("//example.com/embed")).isFalse();
    assertThat(SafeUrls.isSafeEmbed("embed.html")).isFalse();
    assertThat(SafeUrls.isSafeEmbed("mailto:a@example.com")).isFalse();
    assertThat(SafeUrls.isSafeEmbed("1a:b")).isFalse();
    assertThat(SafeUrls.isWebUrl("https://example.com")).isTrue();
    assertThat(SafeUrls.isWebUrl("tel:+32")).isFalse();
  }
}
