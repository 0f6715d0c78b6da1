package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tables of the first characters never turns away a text the pattern itself would take. */
class GatedPatternTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("(?:about|über|à propos d[e'])\\s*\\S.*", FLAGS),
          Pattern.compile("#\\s*#\\s*#[#\\s]*|[-–—\\[(*\\s]*(?:ends?|fin)[-–—\\])*.\\s]*", FLAGS),
          Pattern.compile("(?:(?:press|media)[- ]?)?contacts?|(?:you can )?e-?mail us", FLAGS),
          Pattern.compile("\\d{4}|x?", 0),
          Pattern.compile("(?=[A-Z])\\w+ release", 0));

  private static final List<String> TEXTS =
      List.of(
          "",
          "About Pressroom",
          "ABOUT PRESSROOM",
          "Über uns",
          "ÜBER UNS",
          "über",
          "à propos de nous",
          "À PROPOS D'ELLE",
          "Uber",
          "###",
          "# # #",
          "- ENDS -",
          "[End]",
          "Fin.",
          " fin",
          "Press contact",
          "MEDIA-CONTACTS",
          "Contacts",
          "You can email us",
          "E-mail us",
          "2026",
          "x",
          "News release",
          "news release",
          "\u212Aontact",
          "\u017Fomething",
          "\u4E2D\u6587",
          "Ab",
          "Aboard",
          "Ü\u212A",
          "Financial and logistical barriers",
          "Expert list",
          "E-mail",
          "Em",
          "#x",
          "x\u4E2D",
          "Conx",
          "Contacx",
          "Your",
          "You can e-mail us",
          "- END",
          "-- 30 --",
          "#  #  #",
          "  # #",
          "\u212A\u212A");

  @Test
  void takesWhatThePatternTakes() {
    for (Pattern p : PATTERNS) {
      GatedPattern gated = new GatedPattern(p);
      for (String text : TEXTS) {
        assertThat(gated.matches(text))
            .as("%s matches %s", p, text)
            .isEqualTo(p.matcher(text).matches());
        assertThat(gated.lookingAt(text))
            .as("%s looking at %s", p, text)
            .isEqualTo(p.matcher(text).lookingAt());
      }
    }
  }

  @Test
  void turnsAwayByTheFirstCharacter() {
    GatedPattern about = new GatedPattern(PATTERNS.get(0));
    assertThat(about.mayStart("About")).isTrue();
    assertThat(about.mayStart("über")).isTrue();
    assertThat(about.mayStart("Ü")).isTrue();
    assertThat(about.mayStart("À propos")).isTrue();
    assertThat(about.mayStart("Brussels")).isFalse();
    assertThat(about.mayStart(" about")).isFalse();
    assertThat(about.mayStart("\u4E2D")).isTrue(); // past the table: always to the pattern
    assertThat(about.mayStart("")).isTrue();
  }

  @Test
  void turnsAwayByTheNextCharacters() {
    GatedPattern contact = new GatedPattern(PATTERNS.get(2));
    assertThat(contact.mayStart("Press contact")).isTrue();
    assertThat(contact.mayStart("Pr")).isTrue();
    assertThat(contact.mayStart("P")).isTrue();
    assertThat(contact.mayStart("Expert list")).isFalse();
    assertThat(contact.mayStart("Email us")).isTrue();
    assertThat(contact.mayStart("Financial")).isFalse();
    assertThat(contact.mayStart("Co\u4E2D")).isTrue();
    assertThat(contact.mayStart("C\u4E2D")).isTrue(); // past the table: always to the pattern
    assertThat(contact.mayStart("Cox")).isFalse();
    assertThat(contact.mayStart("Cont")).isTrue();
    assertThat(contact.mayStart("Conx")).isFalse(); // the fourth character
    assertThat(contact.mayStart("Contxyz")).isTrue(); // past the fourth: to the pattern
    assertThat(contact.mayStart("You can")).isTrue();
    assertThat(contact.mayStart("Your")).isFalse();
  }
}
