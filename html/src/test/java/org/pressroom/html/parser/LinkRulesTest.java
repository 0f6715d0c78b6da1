package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Paragraph;
import org.pressroom.html.ParseOptions;
import org.pressroom.html.Text;

/** Link kinds, resolution, attributes and unsafe schemes. */
class LinkRulesTest {
  private static final BodyParser BASED =
      BodyParser.create(
          ParseOptions.defaults().withBaseUri(URI.create("https://news.example.org/releases/one")));

  @Test
  void classifiesAndResolvesHrefs() {
    Body body =
        BASED.parse(
            "<p><a href='two'>rel</a> <a href='/root'>root</a> <a href='#data'>anchor</a> "
                + "<a href='mailto:a@b.org?subject=x'>mail</a> <a href='tel:+32 2 123 45 67'>call</a> "
                + "<a href='ftp://f.org/x'>ftp</a> <a href='http://plain.org'>web</a></p>");
    assertThat(body.links())
        .containsExactly(
            new BodyLink("https://news.example.org/releases/two", "rel", LinkKind.WEB),
            new BodyLink("https://news.example.org/root", "root", LinkKind.WEB),
            new BodyLink("#data", "anchor", LinkKind.ANCHOR),
            new BodyLink("mailto:a@b.org?subject=x", "mail", LinkKind.EMAIL),
            new BodyLink("tel:+32 2 123 45 67", "call", LinkKind.PHONE),
            new BodyLink("ftp://f.org/x", "ftp", LinkKind.OTHER),
            new BodyLink("http://plain.org", "web", LinkKind.WEB));
  }

  @Test
  void relativeHrefWithoutBaseStaysAsWritten() {
    assertThat(BodyParser.create().parse("<a href='page.html'>p</a>").links())
        .containsExactly(new BodyLink("page.html", "p", LinkKind.OTHER));
  }

  @Test
  void linkInlineKeepsTargetRelAndMarks() {
    Paragraph p =
        (Paragraph)
            BASED
                .parse(
                    "<p>See <a href='https://x.org' target='_blank' rel='noopener'><b>this"
                        + "</b></a>.</p>")
                .blocks()
                .get(0);
    assertThat(p.content()).hasSize(3);
    Link link = (Link) p.content().get(1);
    assertThat(link.target()).isEqualTo("_blank");
    assertThat(link.rel()).isEqualTo("noopener");
    assertThat(link.content())
        .containsExactly(new Text("this", java.util.Set.of(org.pressroom.html.Mark.BOLD)));
    assertThat(p.content().get(0)).isEqualTo(Text.plain("See "));
  }

  @Test
  void unsafeSchemesAreTextWithAnIssue() {
    Body body =
        BASED.parse(
            "<p><a href='javascript:alert(1)'>one</a> <a href=' JaVa\nScRiPt:x'>two</a> "
                + "<a href='vbscript:x'>three</a> <a href='data:text/html,x'>four</a> <a href='java&#x09;script:x'>five</a>"
                + "</p>");
    assertThat(body.links()).isEmpty();
    assertThat(body.blocks())
        .containsExactly(new Paragraph(List.of(Text.plain("one two three four five"))));
    assertThat(body.issues()).hasSize(5).allMatch(i -> i.kind() == BodyIssue.Kind.UNSAFE_LINK);
  }

  @Test
  void anchorWithoutHrefIsTransparent() {
    Body body = BASED.parse("<p><a name='top'>Top</a></p>");
    assertThat(body.links()).isEmpty();
    assertThat(body.blocks()).containsExactly(new Paragraph(List.of(Text.plain("Top"))));
  }

  @Test
  void linkAcrossParagraphSplitIsListedOnceWithAllItsText() {
    Body body = BASED.parse("<a href='https://x.org'><p>one</p><p>two</p></a>");
    assertThat(body.blocks()).hasSize(2);
    assertThat(body.blocks()).allMatch(b -> ((Paragraph) b).content().get(0) instanceof Link);
    assertThat(body.links())
        .containsExactly(new BodyLink("https://x.org", "one two", LinkKind.WEB));
  }
}
