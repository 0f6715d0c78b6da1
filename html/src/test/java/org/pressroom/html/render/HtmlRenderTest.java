package org.pressroom.html.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.html.render.Bodies.body;
import static org.pressroom.html.render.Bodies.item;
import static org.pressroom.html.render.Bodies.p;
import static org.pressroom.html.render.Bodies.t;
import static org.pressroom.html.render.Bodies.ul;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Mark;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;

class HtmlRenderTest {
  private static final Set<String> TAGS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "blockquote",
          "hr",
          "figure",
          "figcaption",
          "img",
          "a",
          "strong",
          "em",
          "u",
          "s",
          "sub",
          "sup",
          "code",
          "br",
          "pre",
          "table",
          "tbody",
          "tr",
          "th",
          "td",
          "address");
  private static final Set<String> ATTRIBUTES =
      Set.of("href", "src", "alt", "title", "target", "rel");

  private static final String[] EVIL_URLS = {
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\u0001javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "\u200bjavascript:alert(1)",
    "\" onmouseover=\"alert(1)",
  };

  static Body hostile() {
    List<org.pressroom.html.Block> blocks = new java.util.ArrayList<>();
    blocks.add(p(t("<script>alert(1)</script> & \"quotes\" 'apos' <img src=x onerror=alert(1)>")));
    for (String url : EVIL_URLS) {
      blocks.add(
          p(
              new Link(
                  url,
                  LinkKind.OTHER,
                  List.of(t("link text " + url)),
                  "\" onclick=\"x",
                  "x\" onclick=\"y"),
              new InlineImage(url, "alt\" onerror=\"alert(1)")));
      blocks.add(new Image(url, "img", "caption", url));
      blocks.add(new Embed(url));
    }
    blocks.add(new Heading(2, false, List.of(t("</h2><script>x</script>", Mark.BOLD))));
    blocks.add(new Preformatted("</pre><script>x</script>"));
    blocks.add(
        new ContactBlock(
            Contact.builder("<b>Evil</b>")
                .email("\"><script>x</script>")
                .website("javascript:alert(1)")
                .telephone("\" onclick=\"x")
                .build(),
            "javascript:x",
            ContactBlock.Origin.CARD,
            "<b>Evil</b>"));
    blocks.add(new Quote(List.of(ul(item(p(t("<iframe src=javascript:x>")))))));
    return new Body(blocks, null, List.of(), List.of());
  }

  @Test
  void hostileModelGivesOnlyTheAllowedTagsAndAttributes() {
    String html = BodyRenderer.html().render(hostile());
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) {
        continue;
      }
      assertThat(TAGS).as("tag in\n%s", html).contains(e.normalName());
      for (Attribute a : e.attributes()) {
        assertThat(ATTRIBUTES).as("attribute %s in\n%s", a.getKey(), html).contains(a.getKey());
      }
      for (String key : List.of("href", "src")) {
        if (e.hasAttr(key)) {
          String v = e.attr(key).toLowerCase().replaceAll("[\\s\\u0000-\\u001f]", "");
          assertThat(v)
              .as(html)
              .doesNotContain("javascript:")
              .doesNotContain("vbscript:")
              .doesNotStartWith("data:");
        }
      }
    }
    // Hostile strings do appear, but only escaped: as text, or inside a quoted attribute value.
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<iframe")
        .doesNotContainPattern("\"\\s+on\\w+=");
  }

  @Test
  void keepsTheTextOfDroppedLinks() {
    String html =
        BodyRenderer.html()
            .render(
                body(
                    p(
                        new Link(
                            "javascript:alert(1)",
                            LinkKind.OTHER,
                            List.of(t("click")),
                            null,
                            null))));
    assertThat(html).isEqualTo("<p>click</p>\n");
  }

  @Test
  void escapesTextAndAttributes() {
    String html =
        BodyRenderer.html()
            .render(body(p(Bodies.link("https://x.example/?a=1&b=\"2\"", t("a < b & 'c'")))));
    assertThat(html)
        .isEqualTo(
            "<p><a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">a &lt; b &amp; &#39;c&#39;</a></p>\n");
  }

  @Test
  void blankTargetGetsNoopener() {
    String html =
        BodyRenderer.html()
            .render(
                body(
                    p(
                        new Link(
                            "https://x.example",
                            LinkKind.WEB,
                            List.of(t("x")),
                            "_blank",
                            "nofollow"))));
    assertThat(html)
        .isEqualTo(
            "<p><a href=\"https://x.example\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">x</a></p>\n");
  }

  @Test
  void rendersEveryBlockType() {
    String html = BodyRenderer.html().render(Bodies.everything());
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.body().children().stream().map(Element::normalName))
        .containsExactly(
            "p",
            "h2",
            "h3",
            "ul",
            "blockquote",
            "hr",
            "figure",
            "figure",
            "address",
            "address",
            "p",
            "table",
            "pre");
    assertThat(doc.select("ul > li > ol > li")).hasSize(2);
    assertThat(doc.select("figure > a[href=https://vub.be] > img[src=https://vub.be/photo.jpg]"))
        .hasSize(1);
    assertThat(doc.select("address a[href=mailto:koen.stein@vub.be]")).hasSize(1);
    assertThat(doc.select("th")).hasSize(2);
    assertThat(doc.select("pre").first().wholeText()).isEqualTo("  line one\n    line two");
    TextRenderTest.assertWordsInOrder(Bodies.everything().text(), doc.body().text());
  }

  @Test
  void nestsMarksInMarkOrderAndReopensWhereTheyChange() {
    String html =
        BodyRenderer.html()
            .render(
                body(
                    p(
                        t("a", Mark.BOLD),
                        t("b", Mark.BOLD, Mark.ITALIC),
                        t("c", Mark.ITALIC),
                        t("d", Mark.STRIKETHROUGH, Mark.SUPERSCRIPT))));
    assertThat(html)
        .isEqualTo("<p><strong>a<em>b</em></strong><em>c</em><s><sup>d</sup></s></p>\n");
  }

  @Test
  void embedIsALinkNeverAnIframe() {
    assertThat(BodyRenderer.html().render(body(new Embed("https://www.youtube.com/embed/abc"))))
        .isEqualTo(
            "<p><a href=\"https://www.youtube.com/embed/abc\">https://www.youtube.com/embed/abc</a></p>\n");
  }

  @Test
  void preformattedKeepsALeadingLineBreak() {
    String html = BodyRenderer.html().render(body(new Preformatted("\nafter")));
    assertThat(Jsoup.parseBodyFragment(html).select("pre").first().wholeText())
        .isEqualTo("\nafter");
  }
}
