package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Divider;
import org.pressroom.html.Heading;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Paragraph;
import org.pressroom.html.ParseOptions;
import org.pressroom.html.Role;

/** The seed release's body against DESIGN section 3 ("Expected for the seed release"). */
class SeedBodyTest {
  private static final URI RELEASE_URL =
      URI.create(
          "https://press.vub.ac.be/from-insight-to-impact-building-tomorrows-immunotherapy-together");
  private static Body body;

  @BeforeAll
  static void parse() throws IOException {
    String html;
    try (InputStream in = SeedBodyTest.class.getResourceAsStream("/fixtures/seed.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    body = BodyParser.create(ParseOptions.defaults().withBaseUri(RELEASE_URL)).parse(html);
  }

  @Test
  void hasSixteenBlocksInTheExpectedOrder() {
    List<String> kinds = new ArrayList<>();
    for (Block b : body.blocks()) {
      if (b instanceof ContactBlock) {
        kinds.add("contact(" + ((ContactBlock) b).origin().jsonName() + ")");
      } else {
        kinds.add(b.getClass().getSimpleName());
      }
    }
    assertThat(kinds)
        .containsExactly(
            "Paragraph",
            "Paragraph",
            "Heading",
            "Paragraph",
            "Paragraph",
            "Heading",
            "Paragraph",
            "Paragraph",
            "Heading",
            "Paragraph",
            "Paragraph",
            "Paragraph",
            "Paragraph",
            "Divider",
            "contact(text)",
            "contact(card)");
  }

  @Test
  void theFirstParagraphIsTheLeadAndTheContactsAreContacts() {
    List<Role> roles = new ArrayList<>(Collections.nCopies(16, Role.BODY));
    roles.set(0, Role.LEAD);
    roles.set(14, Role.CONTACTS);
    roles.set(15, Role.CONTACTS);
    assertThat(body.roles()).containsExactlyElementsOf(roles);
    assertThat(body.main().blocks()).hasSize(14);
    assertThat(body.mainText()).startsWith("BRUSSELS, 8 June 2026 - To mark");
    assertThat(body.mainText()).doesNotContain("Houbracken");
  }

  @Test
  void boldParagraphsAreInferredLevelTwoHeadings() {
    assertThat(body.headings())
        .extracting(Heading::text)
        .containsExactly(
            "Brussels innovation with 'nanobodies'",
            "Local treatment of brain tumours",
            "Financial and logistical barriers");
    assertThat(body.headings())
        .allSatisfy(
            h -> {
              assertThat(h.level()).isEqualTo(2);
              assertThat(h.inferred()).isTrue();
            });
  }

  @Test
  void leadParagraphKeepsItsDatelineText() {
    assertThat(body.blocks().get(0).text()).startsWith("BRUSSELS, 8 June 2026 - To mark");
  }

  @Test
  void datelineIsBrusselsEighthOfJune() {
    assertThat(body.dateline().location()).isEqualTo("BRUSSELS");
    assertThat(body.dateline().date()).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(body.dateline().text()).isEqualTo("BRUSSELS, 8 June 2026");
  }

  @Test
  void boldParagraphsWithLinksStayParagraphs() {
    assertThat(body.blocks().get(11)).isInstanceOf(Paragraph.class);
    assertThat(body.blocks().get(11).text())
        .isEqualTo("Read the full white paper here: https://torc.research.vub.be/en/white-paper");
    assertThat(body.blocks().get(12)).isInstanceOf(Paragraph.class);
    assertThat(body.blocks().get(12).text())
        .isEqualTo("Expert list immunotherapy: VUB-UZ Brussel expert list immunotherapy");
    assertThat(body.blocks().get(13)).isInstanceOf(Divider.class);
  }

  @Test
  void contactParagraphBecomesTextualContact() {
    ContactBlock contact = (ContactBlock) body.blocks().get(14);
    assertThat(contact.origin()).isEqualTo(ContactBlock.Origin.TEXT);
    assertThat(contact.text())
        .isEqualTo("Contact: Dr Isabelle Houbracken Isabelle.houbracken@vub.be");
    assertThat(contact.contact().name()).isEqualTo("Dr Isabelle Houbracken");
    assertThat(contact.contact().email()).isEqualTo("Isabelle.houbracken@vub.be");
    assertThat(contact.contact().telephone()).isNull();
    assertThat(contact.contact().mobile()).isNull();
  }

  @Test
  void cardEqualsTheReleasesFirstContact() {
    ContactBlock card = (ContactBlock) body.blocks().get(15);
    assertThat(card.origin()).isEqualTo(ContactBlock.Origin.CARD);
    assertThat(card.text()).isEqualTo("Koen Stein");
    Contact expected =
        new Contact(
            "Koen Stein",
            null,
            "Perscontact wetenschap & onderzoek",
            "koen.stein@vub.be",
            "https://vub.be",
            null,
            null,
            "+32 (0)471517909",
            null,
            null);
    assertThat(card.contact()).isEqualTo(expected);
    assertThat(card.avatar()).startsWith("https://cdn.uc.assets.prezly.com/96e3692f-");
  }

  @Test
  void listsFiveLinksInDocumentOrder() {
    assertThat(body.links())
        .containsExactly(
            new BodyLink(
                "https://torc.research.vub.be/en/white-paper",
                "https://torc.research.vub.be/en/white-paper",
                LinkKind.WEB),
            new BodyLink(
                "https://press.vub.ac.be/vub-uz-brussel-expertenlijst-immunotherapie",
                "VUB-UZ Brussel expert list immunotherapy",
                LinkKind.WEB),
            new BodyLink("mailto:koen.stein@vub.be", "koen.stein@vub.be", LinkKind.EMAIL),
            new BodyLink("tel:+32 (0)471517909", "+32 (0)471517909", LinkKind.PHONE),
            new BodyLink("https://vub.be", "vub.be", LinkKind.WEB));
  }

  @Test
  void decodesEntitiesAndDropsEmptyParagraphs() {
    assertThat(body.text())
        .contains("patient's own immune system")
        .contains("€100,000")
        .doesNotContain("&");
    assertThat(body.blocks()).noneMatch(b -> b.text().isBlank() && !(b instanceof Divider));
    assertThat(body.issues()).isEmpty();
  }
}
