package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pressroom.Contact;

/**
 * Contacts written as text: labels, names, email addresses and phone numbers, each rule at its
 * edge.
 */
class TextualContactsTest {
  @Test
  void readsALabelWithItsSeparator() {
    assertThat(TextualContacts.label("Press contact: Jane Doe"))
        .isEqualTo(new TextualContacts.LabelMatch(15, true, true));
    assertThat(TextualContacts.label("Press contact \u2014 Jane"))
        .isEqualTo(new TextualContacts.LabelMatch(16, true, true));
    assertThat(TextualContacts.label("Contact\nJane"))
        .isEqualTo(new TextualContacts.LabelMatch(8, true, true));
    assertThat(TextualContacts.label("Contact, Jane"))
        .isEqualTo(new TextualContacts.LabelMatch(9, false, true));
    assertThat(TextualContacts.label("contact"))
        .isEqualTo(new TextualContacts.LabelMatch(7, false, true));
    assertThat(TextualContacts.label("For more information: x"))
        .isEqualTo(new TextualContacts.LabelMatch(22, true, false));
  }

  @Test
  void aLabelIsAWholeWord() {
    assertThat(TextualContacts.label("Contactless payment")).isNull();
    assertThat(TextualContacts.label("Contact2")).isNull();
    assertThat(TextualContacts.label("Xavier")).isNull();
    assertThat(TextualContacts.label("")).isNull();
  }

  @Test
  void aBareLabelIsALabelAndNothingElse() {
    assertThat(TextualContacts.isBareLabel("Press contact:")).isTrue();
    assertThat(TextualContacts.isBareLabel("Press contacts")).isTrue();
    assertThat(TextualContacts.isBareLabel("Press contact: Jane")).isFalse();
    assertThat(TextualContacts.isBareLabel("Hello")).isFalse();
  }

  @Test
  void aStrongLabelWithASeparatorIntroducesANameAlone() {
    assertThat(TextualContacts.labelled("Press contact: Jane Doe"))
        .isEqualTo(Contact.builder("Jane Doe").build());
  }

  @Test
  void otherLabelsNeedAnEmailOrAPhone() {
    assertThat(TextualContacts.labelled("Press contact Jane Doe")).isNull();
    assertThat(TextualContacts.labelled("For more information: Jane Doe")).isNull();
    assertThat(TextualContacts.labelled("For more information: Jane Doe, jane@example.com"))
        .isEqualTo(Contact.builder("Jane Doe").email("jane@example.com").build());
    assertThat(TextualContacts.labelled("Press contact:")).isNull();
    assertThat(TextualContacts.labelled("Hello")).isNull();
  }

  @Test
  void labelledContactHasNameEmailAndPhone() {
    assertThat(
            TextualContacts.labelled("Press contact: Jane Doe, jane@example.com, +32 471 12 34 56"))
        .isEqualTo(
            Contact.builder("Jane Doe")
                .email("jane@example.com")
                .telephone("+32 471 12 34 56")
                .build());
  }

  @Test
  void aCountryCodeInParenthesesStaysWithItsNumber() {
    assertThat(TextualContacts.labelled("Contact: Jane Doe, call (+32) 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("(+32) 2 629 00 00").build());
    assertThat(TextualContacts.labelled("Contact: Jane Doe, call (0)2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("(0)2 629 00 00").build());
  }

  @Test
  void aPhoneAfterAMobileLabelIsAMobile() {
    assertThat(TextualContacts.labelled("Contact: Jane Doe, GSM +32 471 12 34 56"))
        .isEqualTo(Contact.builder("Jane Doe").mobile("+32 471 12 34 56").build());
    assertThat(TextualContacts.unlabelled("Jane Doe, mobile: +32 471 12 34 56"))
        .isEqualTo(Contact.builder("Jane Doe").mobile("+32 471 12 34 56").build());
    // the label belongs to the field before the comma
    assertThat(TextualContacts.unlabelled("Jane Doe, mobile, tel +32 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("+32 2 629 00 00").build());
  }

  @Test
  void unlabelledTextIsAContactOnlyWithAnEmailOrPhone() {
    assertThat(TextualContacts.unlabelled("Jane Doe")).isNull();
    assertThat(TextualContacts.unlabelled("Jane Doe +32 2 629 00 00"))
        .isEqualTo(Contact.builder("Jane Doe").telephone("+32 2 629 00 00").build());
    assertThat(TextualContacts.unlabelled("Jane Doe, jane@example.com."))
        .isEqualTo(Contact.builder("Jane Doe").email("jane@example.com").build());
  }

  @Test
  void nameIsCapitalisedWordsAndParticles() {
    String s = "please contact Jane van der Berg, CEO";
    assertThat(TextualContacts.name(s, s.length())).isEqualTo("Jane van der Berg");
    assertThat(TextualContacts.name("Jane Doe van", 12)).isEqualTo("Jane Doe");
    assertThat(TextualContacts.name("Tel Jane Doe", 12)).isEqualTo("Jane Doe");
    assertThat(TextualContacts.name("Jane Doe tel +32", 16)).isEqualTo("Jane Doe");
    assertThat(TextualContacts.name("Aa Bb Cc Dd Ee Ff Gg", 20)).isEqualTo("Aa Bb Cc Dd Ee Ff");
  }

  @Test
  void nameEndsAtADelimiterButNotAtAHyphenInsideAWord() {
    assertThat(TextualContacts.name("Jane - Doe", 10)).isEqualTo("Jane");
    assertThat(TextualContacts.name("Jean-Luc Picard", 15)).isEqualTo("Jean-Luc Picard");
    assertThat(TextualContacts.name("Jane (CEO)", 10)).isEqualTo("Jane");
    assertThat(TextualContacts.name("Jane Doe | CEO", 14)).isEqualTo("Jane Doe");
    assertThat(TextualContacts.name("Jane Doe; CEO", 13)).isEqualTo("Jane Doe");
    assertThat(TextualContacts.name("Jane Doe Smith", 8)).as("up to stop").isEqualTo("Jane Doe");
  }

  @Test
  void nameSkipsAtMostFourLeadingWords() {
    assertThat(TextualContacts.name("a b c d Jane", 12)).isEqualTo("Jane");
    assertThat(TextualContacts.name("a b c d e Jane", 14)).isEmpty();
    assertThat(TextualContacts.name("Room 12 Jane", 12)).isEqualTo("Room");
  }

  @Test
  void findsAnEmailAddress() {
    assertThat(TextualContacts.emailStart("Mail jane.doe@example.com now")).isEqualTo(5);
    assertThat(TextualContacts.emailStart("x@example.co")).isZero();
    assertThat(TextualContacts.emailStart("...jane@example.com")).isEqualTo(3);
    assertThat(TextualContacts.emailStart("first@bad second@example.org")).isEqualTo(10);
    assertThat(TextualContacts.emailStart("a+b_c%d-e@sub-domain.example.com")).isZero();
  }

  @Test
  void refusesWhatIsNotAnEmailAddress() {
    assertThat(TextualContacts.emailStart("a@b")).isEqualTo(-1);
    assertThat(TextualContacts.emailStart("x@example.c")).isEqualTo(-1);
    assertThat(TextualContacts.emailStart("x@example.c0m")).isEqualTo(-1);
    assertThat(TextualContacts.emailStart("@example.com")).isEqualTo(-1);
    assertThat(TextualContacts.emailStart("x@.com")).isEqualTo(-1);
    assertThat(TextualContacts.emailStart("no address")).isEqualTo(-1);
  }

  @Test
  void findsAPhoneNumberOfEightToSixteenDigits() {
    assertThat(TextualContacts.phoneStart("Tel. +32 2 629 00 00", 0)).isEqualTo(5);
    assertThat(TextualContacts.phoneStart("12345678", 0)).isZero();
    assertThat(TextualContacts.phoneStart("1234567", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("1234567890123456", 0)).isZero();
    assertThat(TextualContacts.phoneStart("12345678901234567", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("(02) 629 00 00", 0)).isZero();
    assertThat(TextualContacts.phoneStart("1234-5678", 0)).isZero();
    assertThat(TextualContacts.phoneStart("12345678 87654321", 9)).isEqualTo(9);
  }

  @Test
  void datesAndPartsOfWordsAreNotPhoneNumbers() {
    assertThat(TextualContacts.phoneStart("on 25.01.2022 at", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("on 01/02/2026", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("on 2026-01-25", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("12345678a", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("12345678@example.com", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("x12345678", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("id_12345678", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("( 12345678", 0))
        .as("a bracket must touch the number")
        .isEqualTo(2);
  }

  @Test
  void aPhoneNumberKeepsItsSeparatorsAndLosesTrailingOnes() {
    assertThat(TextualContacts.unlabelled("Jane Doe +32 (0)2-629.00/00").telephone())
        .isEqualTo("+32 (0)2-629.00/00");
    assertThat(
            TextualContacts.unlabelled("Jane Doe +32\u00a02\u00a0629\u00a000\u00a000").telephone())
        .isEqualTo("+32\u00a02\u00a0629\u00a000\u00a000");
    assertThat(TextualContacts.unlabelled("Jane Doe: 02 629 00 00 / ").telephone())
        .isEqualTo("02 629 00 00");
    assertThat(TextualContacts.unlabelled("Jane Doe: (02) 629 00 00 -. ").telephone())
        .isEqualTo("(02) 629 00 00");
  }

  @Test
  void anEmailOrPhoneAtTheVeryStartIsStillFound() {
    assertThat(TextualContacts.unlabelled("jane@example.com"))
        .isEqualTo(Contact.builder("").email("jane@example.com").build());
    assertThat(TextualContacts.unlabelled("+32 2 629 00 00"))
        .isEqualTo(Contact.builder("").telephone("+32 2 629 00 00").build());
    assertThat(TextualContacts.labelled("For more information: jane@example.com"))
        .isEqualTo(Contact.builder("").email("jane@example.com").build());
  }

  @Test
  void anEmailAddressEndsAtTheFirstCharacterADomainCannotHold() {
    for (String stop : new String[] {"/", ":", "@", "[", "`", "{", " "}) {
      assertThat(TextualContacts.unlabelled("Jane jane@example.com" + stop + "x").email())
          .as(stop)
          .isEqualTo("jane@example.com");
    }
    assertThat(TextualContacts.unlabelled("Jane jane@EXAMPLE-09.Com").email())
        .isEqualTo("jane@EXAMPLE-09.Com");
    assertThat(TextualContacts.unlabelled("Jane jane@example.com-.").email())
        .as("trailing - and . dropped")
        .isEqualTo("jane@example.com");
    assertThat(TextualContacts.unlabelled("Jane jane@example.com.x"))
        .as("a one-letter top-level domain")
        .isNull();
  }

  @Test
  void theLocalPartIsLettersDigitsAndDotUnderscorePercentPlusMinus() {
    assertThat(TextualContacts.emailStart("A0Z9az@example.com")).isZero();
    for (String stop : new String[] {"/", ":", "[", "`", "{", "!", "@"}) {
      assertThat(TextualContacts.emailStart("x" + stop + "jane@example.com")).as(stop).isEqualTo(2);
    }
  }

  @Test
  void nameSkipsAtMostFourLeadingFieldWords() {
    assertThat(TextualContacts.name("Tel T E M Jane", 14)).isEqualTo("Jane");
    assertThat(TextualContacts.name("Tel T E M Mail Jane", 19)).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Timeout(5)
  void aLoneOpenerIsNoPhoneNumber() {
    assertThat(TextualContacts.phoneStart("+ x", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("Tel (", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("jane@12345678", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("x.12345678", 0)).isEqualTo(-1);
    assertThat(TextualContacts.phoneStart("12.34.56.78", 0)).as("four groups: no date").isZero();
  }
}
