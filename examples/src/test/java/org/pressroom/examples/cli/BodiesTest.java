package org.pressroom.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;

class BodiesTest {
  private static final Contact KOEN =
      Contact.builder("Koen Stein").email("koen.stein@vub.be").mobile("+32 (0)471517909").build();
  private static final Contact ANNE =
      Contact.builder("Anne Peeters").email("anne@example.org").build();

  @Test
  void matchesAnEqualContactByPosition() {
    assertThat(Bodies.match(KOEN, List.of(ANNE, KOEN))).isEqualTo("= release contact 2");
  }

  @Test
  void matchesTheSamePersonByNameWhenFieldsDiffer() {
    Contact card = Contact.builder("  koen   STEIN ").build();

    assertThat(Bodies.match(card, List.of(ANNE, KOEN)))
        .isEqualTo("~ release contact 2 (same name, other fields differ)");
  }

  @Test
  void matchesTheSamePersonByEmailIgnoringCase() {
    Contact text = Contact.builder("Dr. K. Stein").email("Koen.Stein@VUB.be").build();

    assertThat(Bodies.match(text, List.of(KOEN)))
        .isEqualTo("~ release contact 1 (same email, other fields differ)");
  }

  @Test
  void saysWhenNoReleaseContactMatches() {
    assertThat(Bodies.match(ANNE, List.of(KOEN))).isEqualTo("(not a release contact)");
    assertThat(Bodies.match(ANNE, List.of())).isEqualTo("(not a release contact)");
  }
}
