package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressroom.html.LinkKind;

/**
 * How the parser reads an href: unsafe schemes, the scheme itself, the kind of link and resolution
 * against a base.
 */
class HrefsTest {
  @Test
  void scriptSchemesAreUnsafeEvenWhenObfuscated() {
    assertThat(Hrefs.isUnsafe("javascript:alert(1)", false)).isTrue();
    assertThat(Hrefs.isUnsafe(" Java\tScript :alert(1)", false)).isTrue();
    assertThat(Hrefs.isUnsafe("\u0000java\u007fscript:x", false)).isTrue();
    assertThat(Hrefs.isUnsafe("VBScript:x", false)).isTrue();
  }

  @Test
  void dataIsUnsafeUnlessAllowed() {
    assertThat(Hrefs.isUnsafe("data:text/html,x", false)).isTrue();
    assertThat(Hrefs.isUnsafe("data:image/png;base64,AAAA", true)).isFalse();
  }

  @Test
  void otherSchemesAndNoSchemeAreNotUnsafe() {
    assertThat(Hrefs.isUnsafe("https://example.com/javascript:x", false)).isFalse();
    assertThat(Hrefs.isUnsafe("mailto:a@example.com", false)).isFalse();
    assertThat(Hrefs.isUnsafe("page.html", false)).isFalse();
    assertThat(Hrefs.isUnsafe("", false)).isFalse();
    // eleven characters fill the scheme buffer; a twelfth before the colon means no scheme we know
    assertThat(Hrefs.isUnsafe("javascriptx:x", false)).isFalse();
    assertThat(Hrefs.isUnsafe("xjavascriptx:x", false)).isFalse();
  }

  @Test
  void schemeIsLowerCaseLettersThenLettersDigitsPlusMinusDot() {
    assertThat(Hrefs.scheme("HTTPS://x")).isEqualTo("https");
    assertThat(Hrefs.scheme("a1+-.:x")).isEqualTo("a1+-.");
    assertThat(Hrefs.scheme("z:x")).isEqualTo("z");
    assertThat(Hrefs.scheme(":x")).isNull();
    assertThat(Hrefs.scheme("1a:x")).isNull();
    assertThat(Hrefs.scheme("+a:x")).isNull();
    assertThat(Hrefs.scheme("a b:x")).isNull();
    assertThat(Hrefs.scheme("a/b:x")).isNull();
    assertThat(Hrefs.scheme("@a:x")).isNull();
    assertThat(Hrefs.scheme("[a:x")).isNull();
    assertThat(Hrefs.scheme("`a:x")).isNull();
    assertThat(Hrefs.scheme("{a:x")).isNull();
    assertThat(Hrefs.scheme("a/:x")).isNull();
    assertThat(Hrefs.scheme("nocolon")).isNull();
  }

  @Test
  void aSchemeIsLookedForInTheFirstFortyCharactersOnly() {
    String forty = "a".repeat(39) + ":";
    assertThat(Hrefs.scheme(forty)).isEqualTo("a".repeat(39));
    assertThat(Hrefs.scheme("a".repeat(40) + ":")).isNull();
  }

  @Test
  void classifiesLinksByScheme() {
    assertThat(Hrefs.classify("#top", new Hrefs.Base("https://example.com/")))
        .isEqualTo(new Hrefs.Resolved("#top", LinkKind.ANCHOR));
    assertThat(Hrefs.classify("HTTP://example.com", null))
        .isEqualTo(new Hrefs.Resolved("HTTP://example.com", LinkKind.WEB));
    assertThat(Hrefs.classify("https://example.com", null).kind()).isEqualTo(LinkKind.WEB);
    assertThat(Hrefs.classify("mailto:a@example.com", null).kind()).isEqualTo(LinkKind.EMAIL);
    assertThat(Hrefs.classify("tel:+32", null).kind()).isEqualTo(LinkKind.PHONE);
    assertThat(Hrefs.classify("ftp://example.com", null).kind()).isEqualTo(LinkKind.OTHER);
  }

  @Test
  void classifiesARelativeLinkByWhatItResolvesTo() {
    assertThat(Hrefs.classify("b/c.html", new Hrefs.Base("https://example.com/a/index.html")))
        .isEqualTo(new Hrefs.Resolved("https://example.com/a/b/c.html", LinkKind.WEB));
    assertThat(Hrefs.classify("b/c.html", null))
        .isEqualTo(new Hrefs.Resolved("b/c.html", LinkKind.OTHER));
    assertThat(Hrefs.classify("x.html", new Hrefs.Base("file:/tmp/")).kind())
        .isEqualTo(LinkKind.OTHER);
    assertThat(Hrefs.classify("x.html", new Hrefs.Base("http://example.com/")).kind())
        .isEqualTo(LinkKind.WEB);
  }

  @Test
  void resolvesAgainstTheBase() {
    assertThat(Hrefs.resolve("../x", new Hrefs.Base("https://example.com/a/b/c")))
        .isEqualTo("https://example.com/a/x");
    assertThat(Hrefs.resolve("/x", new Hrefs.Base("https://example.com/a/b")))
        .isEqualTo("https://example.com/x");
    assertThat(Hrefs.resolve("https://other.example/x", new Hrefs.Base("https://example.com/")))
        .isEqualTo("https://other.example/x");
    assertThat(Hrefs.resolve("x", null)).isEqualTo("x");
  }

  @Test
  void aQueryOnlyReferenceKeepsTheWholeBasePath() {
    assertThat(Hrefs.resolve("?page=2", new Hrefs.Base("https://example.com/news/list?page=1#top")))
        .isEqualTo("https://example.com/news/list?page=2");
    assertThat(Hrefs.resolve("?page=2", new Hrefs.Base("https://example.com/news/list#top")))
        .isEqualTo("https://example.com/news/list?page=2");
    assertThat(Hrefs.resolve("?q", new Hrefs.Base("https://example.com/news/list")))
        .isEqualTo("https://example.com/news/list?q");
  }

  @Test
  void anUnusableBaseLeavesTheLinkAsItIs() {
    assertThat(Hrefs.resolve("x.html", new Hrefs.Base("not a url"))).isEqualTo("x.html");
  }
}
