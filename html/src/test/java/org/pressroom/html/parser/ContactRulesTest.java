package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Heading;
import org.pressroom.html.Paragraph;

/** Contact cards and textual contacts. */
class ContactRulesTest {
  private static final BodyParser PARSER = BodyParser.create();

  private static List<Block> blocks(String html) {
    return PARSER.parse(html).blocks();
  }

  private static Contact contact(String html) {
    Block b = blocks(html).get(0);
    assertThat(b).isInstanceOf(ContactBlock.class);
    return ((ContactBlock) b).contact();
  }

  private static String item(String href, String icon, String text) {
    return "<li><a href=\""
        + href
        + "\"><svg class=\"icon "
        + icon
        + "\"><use xlink:href=\"#"
        + icon
        + "\"></use>"
        + "</svg>"
        + text
        + "</a></li>";
  }

  @Test
  void cardReadsEveryField() {
    String html =
        "<div class=\"release-content-contact\"><div><img src=\"https://cdn.x.org/a.jpg\" alt=\"Jo\"></div>"
            + "<strong class=\"release-content-contact__name\">Jo Ann</strong>"
            + "<em class=\"release-content-contact__description\">Spokesperson</em><ul>"
            + item("mailto:jo@x.org?subject=hi", "icon-paper-plane", "jo@x.org")
            + item("tel:+32 2 555 00 00", "icon-phone", "+32 2 555 00 00")
            + item("tel:+32 470 00 00 00", "icon-mobile", "+32 470 00 00 00")
            + item("https://x.org", "icon-browser", "x.org")
            + item("https://twitter.com/jo", "icon-twitter", "@jo")
            + item("https://www.facebook.com/jo", "icon-facebook", "jo")
            + "</ul></div>";
    ContactBlock block = (ContactBlock) blocks(html).get(0);
    assertThat(block.origin()).isEqualTo(ContactBlock.Origin.CARD);
    assertThat(block.text()).isEqualTo("Jo Ann");
    assertThat(block.avatar()).isEqualTo("https://cdn.x.org/a.jpg");
    assertThat(block.contact())
        .isEqualTo(
            new Contact(
                "Jo Ann",
                null,
                "Spokesperson",
                "jo@x.org",
                "https://x.org",
                null,
                "+32 2 555 00 00",
                "+32 470 00 00 00",
                "https://twitter.com/jo",
                "https://www.facebook.com/jo"));
    assertThat(PARSER.parse(html).links()).hasSize(6);
  }

  @Test
  void cardFindsSocialLinksByHostWithoutIcons() {
    Contact c =
        contact(
            "<div class=\"release-content-contact\"><b class=\"release-content-contact__name\">N</b>"
                + "<a href=\"https://x.com/n\">x</a><a href=\"tel:0800\">t</a><a href=\"https://n.org\">n</a></div>");
    assertThat(c.twitter()).isEqualTo("https://x.com/n");
    assertThat(c.telephone()).isEqualTo("0800");
    assertThat(c.website()).isEqualTo("https://n.org");
  }

  @Test
  void labelledParagraphIsATextualContact() {
    ContactBlock b =
        (ContactBlock)
            blocks(
                    "<p><strong>Press contact:</strong> Jane Doe, +32 2 123 45 67, "
                        + "<a href='mailto:jane@doe.be'>jane@doe.be</a></p>")
                .get(0);
    assertThat(b.origin()).isEqualTo(ContactBlock.Origin.TEXT);
    assertThat(b.text()).isEqualTo("Press contact: Jane Doe, +32 2 123 45 67, jane@doe.be");
    assertThat(b.contact())
        .isEqualTo(
            Contact.builder("Jane Doe").email("jane@doe.be").telephone("+32 2 123 45 67").build());
  }

  @Test
  void dutchLabelWithGsm() {
    Contact c =
        contact("<p>Perscontact: Jan Peeters<br>GSM: 0475 12 34 56<br>jan.peeters@stad.be</p>");
    assertThat(c)
        .isEqualTo(
            Contact.builder("Jan Peeters")
                .mobile("0475 12 34 56")
                .email("jan.peeters@stad.be")
                .build());
  }

  @Test
  void germanLabelWithMobil() {
    Contact c =
        contact("<p>Pressekontakt: Dr. Max Müller, Mobil: +49 170 1234567, presse@firma.de</p>");
    assertThat(c)
        .isEqualTo(
            Contact.builder("Dr. Max Müller")
                .mobile("+49 170 1234567")
                .email("presse@firma.de")
                .build());
  }

  @Test
  void frenchLabelWithPortableAndTelephone() {
    Contact c = contact("<p>Contact presse : Marie Dupont - Tél. 01 23 45 67 89</p>");
    assertThat(c).isEqualTo(Contact.builder("Marie Dupont").telephone("01 23 45 67 89").build());
    Contact m = contact("<p>Relations presse: Luc Martin, portable 06 12 34 56 78</p>");
    assertThat(m.mobile()).isEqualTo("06 12 34 56 78");
    assertThat(m.name()).isEqualTo("Luc Martin");
  }

  @Test
  void weakLabelNeedsAnEmailOrPhone() {
    assertThat(blocks("<p>For more information, visit our website.</p>").get(0))
        .isInstanceOf(Paragraph.class);
    Contact c = contact("<p>For more information, please contact Anna Smith at anna@x.org</p>");
    assertThat(c.name()).isEqualTo("Anna Smith");
    assertThat(c.email()).isEqualTo("anna@x.org");
  }

  @Test
  void datesAreNoPhoneNumbers() {
    List<Block> blocks =
        blocks("<h3>Kontakt</h3><p>Stand: 25.01.2022</p><p>Berlin, 2026-01-25</p>");
    assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
    assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
  }

  @Test
  void sentenceStartingWithContactWordIsNoContact() {
    assertThat(blocks("<p>Contact tracing apps were studied in 2020.</p>").get(0))
        .isInstanceOf(Paragraph.class);
    assertThat(blocks("<p>Contactless payments grew: 40%.</p>").get(0))
        .isInstanceOf(Paragraph.class);
  }

  @Test
  void bareLabelTurnsFollowingParagraphsWithEmailOrPhoneIntoContacts() {
    List<Block> blocks =
        blocks(
            "<p><b>Pressekontakt</b></p><p>Erika Muster<br>Tel. 030 1234567</p>"
                + "<p>Sie erreichen uns werktags.</p><p>Hans Beispiel, hans@example.de</p><h2>Über uns</h2>"
                + "<p>Info, info@example.de</p>");
    assertThat(blocks.get(0)).isInstanceOf(Heading.class);
    assertThat(((ContactBlock) blocks.get(1)).contact())
        .isEqualTo(Contact.builder("Erika Muster").telephone("030 1234567").build());
    assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
    assertThat(((ContactBlock) blocks.get(3)).contact().name()).isEqualTo("Hans Beispiel");
    assertThat(blocks.get(5)).isInstanceOf(Paragraph.class);
  }
}
