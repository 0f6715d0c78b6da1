package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;
import org.pressroom.html.Body;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.ParseOptions;

/** Inline styles read as marks, and contact cards written as clean HTML. */
class StyleAndCardTest {
  private static final int NONE = 0;

  @Test
  void fontWeightBoldOrSixHundredAndMoreIsBold() {
    assertThat(Marks.applyStyle(NONE, "font-weight: bold")).isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(NONE, "FONT-WEIGHT:BOLDER")).isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(NONE, "font-weight: 600")).isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(NONE, "font-weight: 599")).isEqualTo(NONE);
    assertThat(Marks.applyStyle(Marks.BOLD, "font-weight: 400")).isEqualTo(NONE);
    assertThat(Marks.applyStyle(Marks.BOLD, "font-weight: normal")).isEqualTo(NONE);
    assertThat(Marks.applyStyle(Marks.BOLD, "font-weight: lighter")).isEqualTo(NONE);
    assertThat(Marks.applyStyle(Marks.BOLD, "font-weight: inherit"))
        .as("unknown keeps")
        .isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(Marks.BOLD, "font-weight: 0"))
        .as("no weight keeps")
        .isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(NONE, "font-weight: 70000"))
        .as("four digits read: 7000")
        .isEqualTo(Marks.BOLD);
  }

  @Test
  void fontStyleItalicOrObliqueIsItalic() {
    assertThat(Marks.applyStyle(NONE, "font-style: italic")).isEqualTo(Marks.ITALIC);
    assertThat(Marks.applyStyle(NONE, "font-style: oblique 10deg")).isEqualTo(Marks.ITALIC);
    assertThat(Marks.applyStyle(Marks.ITALIC | Marks.BOLD, "font-style: normal"))
        .isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(Marks.ITALIC, "font-style: inherit")).isEqualTo(Marks.ITALIC);
  }

  @Test
  void verticalAlignSuperOrSubIsAScript() {
    assertThat(Marks.applyStyle(NONE, "vertical-align: super")).isEqualTo(Marks.SUP);
    assertThat(Marks.applyStyle(NONE, "vertical-align: sub")).isEqualTo(Marks.SUB);
    assertThat(Marks.applyStyle(NONE, "vertical-align: middle")).isEqualTo(NONE);
  }

  @Test
  void textDecorationAddsAndNoneRemovesLines() {
    assertThat(Marks.applyStyle(NONE, "text-decoration: underline line-through"))
        .isEqualTo(Marks.UNDERLINE | Marks.STRIKE);
    assertThat(Marks.applyStyle(NONE, "text-decoration-line: line-through"))
        .isEqualTo(Marks.STRIKE);
    assertThat(
            Marks.applyStyle(Marks.UNDERLINE | Marks.STRIKE | Marks.BOLD, "text-decoration: none"))
        .isEqualTo(Marks.BOLD);
    assertThat(Marks.applyStyle(Marks.UNDERLINE, "text-decoration: overline"))
        .isEqualTo(Marks.UNDERLINE);
  }

  @Test
  void readsEveryDeclarationAndIgnoresOtherProperties() {
    assertThat(
            Marks.applyStyle(
                NONE,
                "color: red; font-weight: bold;font-style:italic ; ; text-decoration: underline"))
        .isEqualTo(Marks.BOLD | Marks.ITALIC | Marks.UNDERLINE);
    assertThat(Marks.applyStyle(NONE, "color: bold; font-stylex: italic; :bold; font-weight"))
        .isEqualTo(NONE);
    assertThat(Marks.applyStyle(NONE, "")).isEqualTo(NONE);
    assertThat(Marks.applyStyle(NONE, "font-weight: normal; font-weight: bold"))
        .as("the last wins")
        .isEqualTo(Marks.BOLD);
  }

  /**
   * A card's links read their kind from the classes of the elements inside them, not their own nor
   * a neighbour's; its avatar is the first image with a non-empty, safe source.
   */
  @Test
  void aCardReadsIconsInsideEachLinkAndTheFirstUsableImage() {
    String html =
        "<div class=\"release-content-contact\">"
            + "<img src=\"javascript:alert(1)\"><img src=\" \"><img src=\"/a.png\">"
            + "<img src=\"/b.png\">"
            + "<span class=\"release-content-contact__name\">Jane Doe</span>"
            + "<span class=\"icon-mobile\"></span><a href=\"tel:+3221234567\">call</a>"
            + "<a href=\"tel:+32471000000\"><span><i class=\"icon icon-mobile\"></i></span>m</a>"
            + "<a href=\"https://in.example/\"><i class=\"icon-linkedin\"></i>in</a>"
            + "<a class=\"icon-twitter\" href=\"https://example.org/\">site</a>"
            + "<a href=\"https://example.net/\"><i class=\"icon-facebook\"></i>fb</a>"
            + "</div>";
    Body body =
        BodyParser.create(
                ParseOptions.defaults().withBaseUri(URI.create("https://press.example.com/n/1")))
            .parse(html);
    assertThat(body.blocks()).hasSize(1);
    ContactBlock card = (ContactBlock) body.blocks().get(0);
    assertThat(card.origin()).isEqualTo(ContactBlock.Origin.CARD);
    assertThat(card.avatar()).isEqualTo("https://press.example.com/a.png");
    Contact c = card.contact();
    assertThat(c.name()).isEqualTo("Jane Doe");
    assertThat(c.telephone())
        .as("the icon before the link is not its own")
        .isEqualTo("+3221234567");
    assertThat(c.mobile()).as("an icon two levels down counts").isEqualTo("+32471000000");
    assertThat(c.website())
        .as("an unknown icon is no website; the link's own class is no icon")
        .isEqualTo("https://example.org/");
    assertThat(c.twitter()).isNull();
    assertThat(c.facebook()).isEqualTo("https://example.net/");
    assertThat(body.links())
        .extracting(BodyLink::text)
        .containsExactly("call", "m", "in", "site", "fb");
  }

  /** Class names are matched whole, ignoring case, wherever they stand in the attribute. */
  @Test
  void aCardFindsItsPartsByWholeClassNamesInAnyCase() {
    String html =
        "<div class=\"release-content-contact\">"
            + "<span class=\"release-content-contact__company-x\">Not it</span>"
            + "<span class=\"other\tRELEASE-Content-Contact__Name\">Jane Doe</span>"
            + "<span class=\"x\n release-content-contact__company \">ACME</span>"
            + "</div>";
    Body body = BodyParser.create().parse(html);
    assertThat(body.blocks()).hasSize(1);
    Contact c = ((ContactBlock) body.blocks().get(0)).contact();
    assertThat(c.name()).isEqualTo("Jane Doe");
    assertThat(c.company()).isEqualTo("ACME");
    assertThat(c.description()).isNull();
  }

  @Test
  void aCardIsAnAddressWithEveryFieldAndSafeLinks() {
    Contact c =
        new Contact(
            "Jane <Doe>",
            "ACME & Co",
            "Press officer",
            "jane@example.com",
            "https://acme.example.com",
            "1 Main St",
            "+32 2 629 00 00",
            "tel:+32471000000",
            "@acme",
            "javascript:alert(1)");
    String html =
        HtmlRenderer.INSTANCE.render(
            body(new ContactBlock(c, null, ContactBlock.Origin.CARD, "ignored")));
    assertThat(html)
        .isEqualTo(
            "<address><strong>Jane &lt;Doe&gt;</strong><br>ACME &amp; Co<br>Press officer"
                + "<br><a href=\"mailto:jane@example.com\">jane@example.com</a>"
                + "<br><a href=\"https://acme.example.com\">https://acme.example.com</a>"
                + "<br>1 Main St"
                + "<br><a href=\"tel:+32 2 629 00 00\">+32 2 629 00 00</a>"
                + "<br><a href=\"tel:+32471000000\">tel:+32471000000</a>"
                + "<br>@acme"
                + "<br>javascript:alert(1)</address>\n");
  }

  @Test
  void aCardSkipsBlankFields() {
    Contact c = new Contact("Jane", " ", null, "", null, null, null, null, null, null);
    assertThat(
            HtmlRenderer.INSTANCE.render(
                body(new ContactBlock(c, null, ContactBlock.Origin.CARD, "Jane"))))
        .isEqualTo("<address><strong>Jane</strong></address>\n");
  }

  @Test
  void aTextualContactKeepsItsLines() {
    Contact c = Contact.builder("Jane").build();
    assertThat(
            HtmlRenderer.INSTANCE.render(
                body(
                    new ContactBlock(
                        c, null, ContactBlock.Origin.TEXT, "Press: Jane\n<jane@example.com>\n"))))
        .isEqualTo("<address>Press: Jane<br>&lt;jane@example.com&gt;<br></address>\n");
  }

  @Test
  void escapeDropsControlCharactersButKeepsTabsAndNewlines() {
    StringBuilder sb = new StringBuilder();
    HtmlRenderer.escape("a\u0000b\tc\nd\u001fe'\"", sb);
    assertThat(sb).hasToString("ab\tc\nde&#39;&quot;");
  }

  private static Body body(ContactBlock block) {
    return new Body(List.of(block), null, List.of(), List.of());
  }
}
