package org.pressroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model records built by hand: cultures and contacts, their builders and copies. */
class ModelTest {
  @Test
  void cultureLanguageIsTheLowerCasePartBeforeTheFirstSeparator() {
    assertThat(Culture.of("EN").language()).isEqualTo("en");
    assertThat(Culture.of("nl_BE").language()).isEqualTo("nl");
    assertThat(Culture.of("zh-Hant-TW").language()).isEqualTo("zh");
    assertThat(Culture.of("FRA-BE").language()).isEqualTo("fra");
  }

  @Test
  void cultureTurnsUnderscoresIntoALocale() {
    assertThat(Culture.of("nl_BE").toLocale()).isEqualTo(new Locale("nl", "BE"));
    assertThat(Culture.of("fr-BE").toLocale()).isEqualTo(new Locale("fr", "BE"));
    assertThat(Culture.of("zh-Hant-TW").toLocale().getScript()).isEqualTo("Hant");
    assertThat(Culture.of("en").toLocale()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void cultureIsWrittenAsItsCodeAndRefusesOthers() {
    assertThat(Culture.of("nl_BE")).hasToString("nl_BE");
    assertThat(Culture.of("nl_BE"))
        .isEqualTo(new Culture("nl_BE"))
        .isNotEqualTo(Culture.of("nl-BE"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Culture.of("english"))
        .withMessage("culture: must be a locale code such as en, nl_BE or fr-BE");
    assertThatNullPointerException()
        .isThrownBy(() -> new Culture(null))
        .withMessage("code must not be null");
  }

  @Test
  void contactBuilderSetsEveryComponent() {
    Contact c =
        Contact.builder("Koen")
            .name("Koen Stein")
            .company("VUB")
            .description("Press officer")
            .email("koen@example.com")
            .website("https://vub.example.com")
            .address("Pleinlaan 2")
            .telephone("+32 2 629 00 00")
            .mobile("+32 471 00 00 00")
            .twitter("@vub")
            .facebook("https://facebook.com/vub")
            .unknownKeys(Map.of("x", "1"))
            .build();
    assertThat(c)
        .isEqualTo(
            new Contact(
                "Koen Stein",
                "VUB",
                "Press officer",
                "koen@example.com",
                "https://vub.example.com",
                "Pleinlaan 2",
                "+32 2 629 00 00",
                "+32 471 00 00 00",
                "@vub",
                "https://facebook.com/vub",
                Map.of("x", "1")));
  }

  @Test
  void contactToBuilderCopiesEveryComponent() {
    Contact c = new Contact("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", Map.of("x", "[1]"));
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().mobile(null).build())
        .isEqualTo(
            new Contact("A", "B", "C", "D", "E", "F", "G", null, "I", "J", Map.of("x", "[1]")));
  }

  @Test
  void contactWithoutUnknownKeysHasAnEmptyMap() {
    Contact c = new Contact("A", null, null, null, null, null, null, null, null, null);
    assertThat(c.unknownKeys()).isEmpty();
    assertThat(c).isEqualTo(Contact.builder("A").build());
  }

  @Test
  void contactRefusesANullNameAndFormatKeysAsUnknownKeys() {
    assertThatNullPointerException()
        .isThrownBy(() -> Contact.builder(null))
        .withMessage("name must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Contact.builder("A").name(null))
        .withMessage("name must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> Contact.builder("A").unknownKeys(null))
        .withMessage("unknownKeys must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Contact.builder("A").unknownKeys(Map.of("email", "1")).build())
        .withMessage("contact unknownKeys: \"email\" is a key of the format, not an unknown key");
  }
}
