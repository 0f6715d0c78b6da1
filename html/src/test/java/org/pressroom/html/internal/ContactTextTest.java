package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;

/**
 * Contacts written as text: labels, names, email addresses and phone numbers, each rule at its
 * edge.
 */
class ContactTextTest {
  @Test
  void aLabelNamingARoleCarriesItAsWritten() {
    assertThat(ContactLabels.label("Investor Relations: Jane Doe, +1 555 0100"))
        .isEqualTo(new ContactLabels.LabelMatch(20, true, true, "Investor Relations"));
    assertThat(ContactLabels.label("PRESS OFFICE - Jane Doe").role()).isEqualTo("PRESS OFFICE");
  }

  @Test
  void readsALabelWithItsSeparator() {
    assertThat(ContactLabels.label("Press contact: Jane Doe"))
        .isEqualTo(new ContactLabels.LabelMatch(15, true, true, null));
    assertThat(ContactLabels.label("Press contact \u2014 Jane"))
        .isEqualTo(new ContactLabels.LabelMatch(16, true, true, null));
    assertThat(ContactLabels.label("Contact\nJane"))
        .isEqualTo(new ContactLabels.LabelMatch(8, true, true, null));
    assertThat(ContactLabels.label("Contact, Jane"))
        .isEqualTo(new ContactLabels.LabelMatch(9, false, true, null));
    assertThat(ContactLabels.label("contact"))
        .isEqualTo(new ContactLabels.LabelMatch(7, false, true, null));
    assertThat(ContactLabels.label("For more information: x"))
        .isEqualTo(new ContactLabels.LabelMatch(22, true, false, null));
  }

  @Test
  void aLabelIsAWholeWord() {
    assertThat(ContactLabels.label("Contactless payment")).isNull();
    assertThat(ContactLabels.label("Contact2")).isNull();
    assertThat(ContactLabels.label("Xavier")).isNull();
    assertThat(ContactLabels.label("")).isNull();
  }

  @Test
  void aBareLabelIsALabelAndNothingElse() {
    assertThat(ContactLabels.isBareLabel("Press contact:")).isTrue();
    assertThat(ContactLabels.isBareLabel("Press contacts")).isTrue();
    assertThat(ContactLabels.isBareLabel("Press contact: Jane")).isFalse();
    assertThat(ContactLabels.isBareLabel("Hello")).isFalse();
  }

  @Test
  void aLabelWithANameAloneIsNoContact() {
    // DESIGN 3.1: a contact needs an email address or a phone number; nothing is invented
    assertThat(ContactText.labelled("Press contact: Jane Doe")).isNull();
    assertThat(
            ContactText.labelled("Press contact: Shane Coughlan, FTF Coordinator, extension: 408"))
        .as("an extension alone is no phone number")
        .isNull();
  }

  @Test
  void otherLabelsNeedAnEmailOrAPhone() {
    assertThat(ContactText.labelled("Press contact Jane Doe")).isNull();
    assertThat(ContactText.labelled("For more information: Jane Doe")).isNull();
    assertThat(ContactText.labelled("For more information: Jane Doe, jane@example.com"))
        .isEqualTo(Contact.builder("Jane Doe").email("jane@example.com").build());
    assertThat(ContactText.labelled("Press contact:")).isNull();
    assertThat(ContactText.labelled("Hello")).isNull();
  }

  @Test
  void labelledContactHasNameEmailAndPhone() {
    assertThat(ContactText.labelled("Press contact: Jane Doe, jane@example.com, +32 471 12 34 56"))
        .isEqualTo(
            Contact.builder("Jane Doe")
                .email("jane@example.com")
                .telephone("+32 471 12 34 56")
                .build());
  }

  @Test
  void aCountryCodeInParenthesesStaysWithItsNumber() {
    assertThat(ContactText.labelled("Contact: Jane Doe, call (+32) 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("(+32) 2 629 00 00").build());
    assertThat(ContactText.labelled("Contact: Jane Doe, call (0)2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("(0)2 629 00 00").build());
  }

  @Test
  void aPhoneAfterAMobileLabelIsAMobile() {
    assertThat(ContactText.labelled("Contact: Jane Doe, GSM +32 471 12 34 56"))
        .isEqualTo(Contact.builder("Jane Doe").mobile("+32 471 12 34 56").build());
    assertThat(ContactText.unlabelled("Jane Doe, mobile: +32 471 12 34 56"))
        .isEqualTo(Contact.builder("Jane Doe").mobile("+32 471 12 34 56").build());
    // the label belongs to the field before the comma
    assertThat(ContactText.unlabelled("Jane Doe, mobile, tel +32 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("+32 2 629 00 00").build());
  }

  @Test
  void unlabelledTextIsAContactOnlyWithAnEmailOrPhone() {
    assertThat(ContactText.unlabelled("Jane Doe")).isNull();
    assertThat(ContactText.unlabelled("Jane Doe +32 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("+32 2 629 00 00").build());
    assertThat(ContactText.unlabelled("Jane Doe, jane@example.com."))
        .isEqualTo(Contact.builder("Jane Doe").email("jane@example.com").build());
  }

  @Test
  void nameIsCapitalisedWordsAndParticles() {
    String s = "please contact Jane van der Berg, CEO";
    assertThat(ContactNames.name(s, s.length())).isEqualTo("Jane van der Berg");
    assertThat(ContactNames.name("Jane Doe van", 12)).isEqualTo("Jane Doe");
    assertThat(ContactNames.name("Tel Jane Doe", 12)).isEqualTo("Jane Doe");
    assertThat(ContactNames.name("Jane Doe tel +32", 16)).isEqualTo("Jane Doe");
    assertThat(ContactNames.name("Aa Bb Cc Dd Ee Ff Gg", 20)).isEqualTo("Aa Bb Cc Dd Ee Ff");
  }

  @Test
  void nameEndsAtADelimiterButNotAtAHyphenInsideAWord() {
    assertThat(ContactNames.name("Jane - Doe", 10)).isEqualTo("Jane");
    assertThat(ContactNames.name("Jean-Luc Picard", 15)).isEqualTo("Jean-Luc Picard");
    assertThat(ContactNames.name("Jane (CEO)", 10)).isEqualTo("Jane");
    assertThat(ContactNames.name("Jane Doe | CEO", 14)).isEqualTo("Jane Doe");
    assertThat(ContactNames.name("Jane Doe; CEO", 13)).isEqualTo("Jane Doe");
    assertThat(ContactNames.name("Jane Doe Smith", 8)).as("up to stop").isEqualTo("Jane Doe");
  }

  @Test
  void nameSkipsAtMostFourLeadingWords() {
    assertThat(ContactNames.name("a b c d Jane", 12)).isEqualTo("Jane");
    assertThat(ContactNames.name("a b c d e Jane", 14)).isEmpty();
    assertThat(ContactNames.name("Room 12 Jane", 12)).isEqualTo("Room");
  }

  @Test
  void findsAnEmailAddress() {
    assertThat(EmailAddresses.start("Mail jane.doe@example.com now")).isEqualTo(5);
    assertThat(EmailAddresses.start("x@example.co")).isZero();
    assertThat(EmailAddresses.start("...jane@example.com")).isEqualTo(3);
    assertThat(EmailAddresses.start("first@bad second@example.org")).isEqualTo(10);
    assertThat(EmailAddresses.start("a+b_c%d-e@sub-domain.example.com")).isZero();
  }

  @Test
  void refusesWhatIsNotAnEmailAddress() {
    assertThat(EmailAddresses.start("a@b")).isEqualTo(-1);
    assertThat(EmailAddresses.start("x@example.c")).isEqualTo(-1);
    assertThat(EmailAddresses.start("x@example.c0m")).isEqualTo(-1);
    assertThat(EmailAddresses.start("@example.com")).isEqualTo(-1);
    assertThat(EmailAddresses.start("x@.com")).isEqualTo(-1);
    assertThat(EmailAddresses.start("no address")).isEqualTo(-1);
  }

  @Test
  void findsAPhoneNumberOfEightToSixteenDigits() {
    assertThat(PhoneNumbers.start("Tel. +32 2 629 00 00", 0)).isEqualTo(5);
    assertThat(PhoneNumbers.start("12345678", 0)).isZero();
    assertThat(PhoneNumbers.start("1234567", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("1234567890123456", 0)).isZero();
    assertThat(PhoneNumbers.start("12345678901234567", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("(02) 629 00 00", 0)).isZero();
    assertThat(PhoneNumbers.start("1234-5678", 0)).isZero();
    assertThat(PhoneNumbers.start("12345678 87654321", 9)).isEqualTo(9);
  }

  @Test
  void datesAndPartsOfWordsAreNotPhoneNumbers() {
    assertThat(PhoneNumbers.start("on 25.01.2022 at", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("on 01/02/2026", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("on 2026-01-25", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("12345678a", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("12345678@example.com", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("x12345678", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("id_12345678", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("( 12345678", 0))
        .as("a bracket must touch the number")
        .isEqualTo(2);
  }

  @Test
  void aPhoneNumberKeepsItsSeparatorsAndLosesTrailingOnes() {
    assertThat(ContactText.unlabelled("Jane Doe +32 (0)2-629.00/00").telephone())
        .isEqualTo("+32 (0)2-629.00/00");
    assertThat(ContactText.unlabelled("Jane Doe +32\u00a02\u00a0629\u00a000\u00a000").telephone())
        .isEqualTo("+32\u00a02\u00a0629\u00a000\u00a000");
    assertThat(ContactText.unlabelled("Jane Doe: 02 629 00 00 / ").telephone())
        .isEqualTo("02 629 00 00");
    assertThat(ContactText.unlabelled("Jane Doe: (02) 629 00 00 -. ").telephone())
        .isEqualTo("(02) 629 00 00");
  }

  @Test
  void anEmailOrPhoneAtTheVeryStartIsStillFound() {
    assertThat(ContactText.unlabelled("jane@example.com"))
        .isEqualTo(Contact.builder("").email("jane@example.com").build());
    assertThat(ContactText.unlabelled("+32 2 629 00 00"))
        .isEqualTo(Contact.builder("").telephone("+32 2 629 00 00").build());
    assertThat(ContactText.labelled("For more information: jane@example.com"))
        .isEqualTo(Contact.builder("").email("jane@example.com").build());
  }

  @Test
  void anEmailAddressEndsAtTheFirstCharacterADomainCannotHold() {
    for (String stop : new String[] {"/", ":", "@", "[", "`", "{", " "}) {
      assertThat(ContactText.unlabelled("Jane jane@example.com" + stop + "x").email())
          .as(stop)
          .isEqualTo("jane@example.com");
    }
    assertThat(ContactText.unlabelled("Jane jane@EXAMPLE-09.Com").email())
        .isEqualTo("jane@EXAMPLE-09.Com");
    assertThat(ContactText.unlabelled("Jane jane@example.com-.").email())
        .as("trailing - and . dropped")
        .isEqualTo("jane@example.com");
    assertThat(ContactText.unlabelled("Jane jane@example.com.x"))
        .as("a one-letter top-level domain")
        .isNull();
  }

  @Test
  void theLocalPartIsLettersDigitsAndDotUnderscorePercentPlusMinus() {
    assertThat(EmailAddresses.start("A0Z9az@example.com")).isZero();
    for (String stop : new String[] {"/", ":", "[", "`", "{", "!", "@"}) {
      assertThat(EmailAddresses.start("x" + stop + "jane@example.com")).as(stop).isEqualTo(2);
    }
  }

  @Test
  void nameSkipsAtMostFourLeadingFieldWords() {
    assertThat(ContactNames.name("Tel T E M Jane", 14)).isEqualTo("Jane");
    assertThat(ContactNames.name("Tel T E M Mail Jane", 19)).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Timeout(5)
  void aLoneOpenerIsNoPhoneNumber() {
    assertThat(PhoneNumbers.start("+ x", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("Tel (", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("jane@12345678", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("x.12345678", 0)).isEqualTo(-1);
    assertThat(PhoneNumbers.start("12.34.56.78", 0)).as("four groups: no date").isZero();
  }

  @Test
  void labelsInFourLanguagesWithOrWithoutAColon() {
    for (String label :
        new String[] {
          "Media contacts:",
          "Investor Relations",
          "For more information please contact:",
          "Press office",
          "Perscontact",
          "Woordvoerder:",
          "Voor meer informatie:",
          "Contact presse :",
          "Relations médias",
          "Pour en savoir plus :",
          "Renseignements",
          "Pressekontakt",
          "Ansprechpartnerin:",
          "Pressestelle",
          "Medienkontakt",
          "Für Rückfragen:"
        }) {
      assertThat(ContactLabels.introduces(label)).as(label).isTrue();
    }
    assertThat(ContactLabels.introduces("For media enquiries please contact:")).isTrue();
    assertThat(ContactLabels.introduces("Pour en savoir plus, veuillez communiquer avec :"))
        .isTrue();
    assertThat(ContactLabels.introduces("Contact tracing")).isFalse();
    assertThat(ContactLabels.label("pressestelle@example.org")).as("an address").isNull();
  }

  @Test
  void anEmailMayBeObfuscated() {
    assertThat(EmailAddresses.find("jane <AT> example <DOT> org")).isEqualTo("jane@example.org");
    assertThat(EmailAddresses.find("jane (at) example.org")).isEqualTo("jane@example.org");
    assertThat(EmailAddresses.find("jane [at] example [dot] org")).isEqualTo("jane@example.org");
    assertThat(EmailAddresses.find("weiden -at- example.org")).isEqualTo("weiden@example.org");
    assertThat(EmailAddresses.find("ftf @ example.org")).isEqualTo("ftf@example.org");
    assertThat(EmailAddresses.find("meet us at the fair")).isNull();
  }

  @Test
  void postalCodesYearsAndFaxesAreNoPhone() {
    assertThat(ContactText.unlabelled("Rheingasse 6, 50676 Köln")).isNull();
    assertThat(ContactText.unlabelled("\u00a92005-2015 Example")).isNull();
    assertThat(ContactText.unlabelled("Jane Doe, 2005-2015")).isNull();
    assertThat(ContactText.unlabelled("Fax: +49 30 1234 5678")).isNull();
    assertThat(ContactText.unlabelled("Tel: +49 30 1234 5670, Fax: +49 30 1234 5678").telephone())
        .isEqualTo("+49 30 1234 5670");
  }

  @Test
  void aRolePrefixOpensAContactAndBecomesItsDescription() {
    List<ContactText.Found> found =
        ContactText.read(
            ContactText.lines(
                "Media: Jane Doe, jane@example.com\nInvestors: John Roe, +1 212 555 0100",
                0,
                List.of()),
            null);
    assertThat(found)
        .extracting(ContactText.Found::contact)
        .containsExactly(
            Contact.builder("Jane Doe").description("Media").email("jane@example.com").build(),
            Contact.builder("John Roe")
                .description("Investors")
                .telephone("+1 212 555 0100")
                .build());
    assertThat(found)
        .extracting(ContactText.Found::text)
        .containsExactly(
            "Media: Jane Doe, jane@example.com", "Investors: John Roe, +1 212 555 0100");
  }

  @Test
  void noWordOfASentenceIsAName() {
    assertThat(
            ContactText.unlabelled(
                    "For media enquiries or to set up an interview please contact: press@example.com")
                .name())
        .isEmpty();
    assertThat(
            ContactText.unlabelled("kunt u contact opnemen met Jan Jansen via 06 12345678").name())
        .isEqualTo("Jan Jansen");
    assertThat(ContactText.labelled("Contact: North 6th Agency for Zignal Labs, pr@example.com"))
        .extracting(Contact::name)
        .isNotEqualTo("North");
  }

  @Test
  void aLabelMayBeQualifiedBeforeItsColon() {
    assertThat(ContactText.labelled("Kontakt f\u00fcr Medien: Max Muster, max@example.de").name())
        .isEqualTo("Max Muster");
    assertThat(ContactText.labelled("Contact for media: Jane Doe, +1 212 555 0100").name())
        .isEqualTo("Jane Doe");
    assertThat(ContactLabels.label("Contact Jane Doe: jane@example.com").end())
        .as("a name is no qualifier")
        .isEqualTo("Contact ".length());
    assertThat(ContactLabels.label("Contact for 24 hours: x"))
        .as("no digit in a qualifier")
        .isNull();
  }

  @Test
  void aNoteNumberMayStandBeforeALabel() {
    assertThat(ContactLabels.label("2. Media contact: Jane").end())
        .isEqualTo("2. Media contact: ".length());
    assertThat(ContactLabels.label("3) Press office: x").role()).isEqualTo("Press office");
    assertThat(ContactLabels.label("2024. Media contact: x")).as("a year, not a number").isNull();
    assertThat(ContactLabels.label("2.Media contact: x")).as("no space").isNull();
  }

  @Test
  void aPossessiveMayStandBeforeALabel() {
    assertThat(ContactText.labelled("Ihre Ansprechpartnerin: Erika Muster, 030 1234567").name())
        .isEqualTo("Erika Muster");
    assertThat(ContactText.labelled("Votre contact : Jeanne Dupont, 01 23 45 67 89").name())
        .isEqualTo("Jeanne Dupont");
    assertThat(ContactLabels.label("Your contact lenses, call 0800 123 4567"))
        .as("a sentence after the possessive and label")
        .isNull();
  }

  @Test
  void aPrepositionAfterALabelLeadsToTheContact() {
    Contact c = ContactText.labelled("Press enquiries to Jane Doe on 020 7946 0000");
    assertThat(c.name()).isEqualTo("Jane Doe");
    assertThat(ContactLabels.label("Press enquiries to Jane Doe").role())
        .isEqualTo("Press enquiries");
    assertThat(c.telephone()).isEqualTo("020 7946 0000");
  }

  @Test
  void aLowerCaseWordAfterALabelIsAQualifierOrASentence() {
    assertThat(ContactLabels.label("Contact centres in Europe handle calls, 0800 123 4567"))
        .as("a sentence")
        .isNull();
    assertThat(ContactLabels.label("Kontakt halten wir per E-Mail")).isNull();
    assertThat(ContactLabels.label("Contact us at press@example.com").end())
        .isEqualTo("Contact ".length());
    assertThat(ContactLabels.label("Contact press@example.com").end())
        .isEqualTo("Contact ".length());
    assertThat(ContactLabels.label("Media contacts worldwide: x").end())
        .isEqualTo("Media contacts worldwide: ".length());
  }

  @Test
  void aJobInBracketsAfterTheNameIsTheDescription() {
    Contact spokesman = ContactText.labelled("Persvragen: Jan Jansen (woordvoerder), 06 12345678");
    assertThat(spokesman.name()).isEqualTo("Jan Jansen");
    assertThat(spokesman.description()).isEqualTo("woordvoerder");
    Contact pronouns = ContactText.labelled("Media contact: Jane Doe (she/her), +1 212 555 0100");
    assertThat(pronouns.name()).isEqualTo("Jane Doe");
    assertThat(pronouns.description()).isNull();
  }

  @Test
  void aLineWithANameAndAnEmailOpensAnotherContactAfterOneWithAnEmail() {
    List<ContactText.Found> two =
        ContactText.read(
            ContactText.lines(
                "Jane Doe, +1 212 555 0100, jane@example.com\nJohn Roe, john@example.com",
                0,
                List.of()),
            null);
    assertThat(two).extracting(f -> f.contact().name()).containsExactly("Jane Doe", "John Roe");
    List<ContactText.Found> one =
        ContactText.read(
            ContactText.lines(
                "Jane Doe, +1 212 555 0100\nAcme Corp, jane@example.com", 0, List.of()),
            null);
    assertThat(one)
        .as("the contact before has no email address yet: the line is its own")
        .extracting(f -> f.contact().email())
        .containsExactly("jane@example.com");
  }

  @Test
  void aMailtoAloneGivesTheEmail() {
    List<ContactText.Found> found =
        ContactText.read(
            ContactText.lines(
                "James Baker, Campaigns Manager", 0, List.of("campaigns@example.net")),
            null);
    assertThat(found)
        .extracting(ContactText.Found::contact)
        .containsExactly(
            Contact.builder("James Baker")
                .description("Campaigns Manager")
                .email("campaigns@example.net")
                .build());
  }
}
