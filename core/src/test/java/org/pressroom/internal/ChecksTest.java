package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value rules of the format, at their edges: each case is one rule's boundary, worked out by
 * hand.
 */
class ChecksTest {
  @Test
  void notNullReturnsTheValueAndNamesTheComponentWhenNull() {
    assertThat(Checks.notNull("x", "title")).isEqualTo("x");
    assertThatNullPointerException()
        .isThrownBy(() -> Checks.notNull(null, "title"))
        .withMessage("title must not be null");
  }

  @Test
  void checkThrowsOnlyForAProblemAndPrefixesTheComponent() {
    Checks.check(null, "title");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.check("must not be blank", "title"))
        .withMessage("title: must not be blank");
  }

  @Test
  void titleMustNotBeBlank() {
    assertThat(Checks.problemWithTitle("a")).isNull();
    assertThat(Checks.problemWithTitle(" \t")).isEqualTo("must not be blank");
    assertThat(Checks.problemWithTitle("")).isEqualTo("must not be blank");
  }

  @Test
  void parsesTheEdgesOfARealTimestamp() {
    assertThat(Checks.parseTimestamp("0000-01-01 00:00:00"))
        .isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0, 0));
    assertThat(Checks.parseTimestamp("9999-12-31 23:59:59"))
        .isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59));
    assertThat(Checks.parseTimestamp("2024-02-29 12:34:56"))
        .isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 34, 56));
    assertThat(Checks.parseTimestamp("2023-04-30 09:08:07"))
        .isEqualTo(LocalDateTime.of(2023, 4, 30, 9, 8, 7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29 00:00:00", // not a leap year
        "2024-04-31 00:00:00", // April has 30 days
        "2024-00-10 00:00:00",
        "2024-13-10 00:00:00",
        "2024-01-00 00:00:00",
        "2024-01-32 00:00:00",
        "2024-01-10 24:00:00",
        "2024-01-10 23:60:00",
        "2024-01-10 23:59:60",
        "2024-01-10T23:59:59",
        "2024/01/10 23:59:59",
        "2024-01/10 23:59:59",
        "2024-01-10 23.59:59",
        "2024-01-10 23:59.59",
        "2024-01-10 23:59:5",
        "2024-01-10 23:59:590",
        "2024-1-10 23:59:59 ",
        "2a24-01-10 23:59:59",
        "2024-01-10 23:59:5/",
        "2024-01-10 23:59:5:",
        "-024-01-10 23:59:59",
        ""
      })
  void refusesWhatIsNotARealTimestamp(String text) {
    assertThat(Checks.parseTimestamp(text)).isNull();
  }

  @Test
  void formatsATimestampWithPaddedFields() {
    assertThat(Checks.formatTimestamp(LocalDateTime.of(7, 3, 4, 5, 6, 7)))
        .isEqualTo("0007-03-04 05:06:07");
  }

  @Test
  void aTimestampIsAWholeSecondWithAFourDigitYear() {
    assertThat(Checks.problemWithTimestamp(LocalDateTime.of(0, 1, 1, 0, 0))).isNull();
    assertThat(Checks.problemWithTimestamp(LocalDateTime.of(9999, 12, 31, 23, 59, 59))).isNull();
    assertThat(Checks.problemWithTimestamp(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1)))
        .isEqualTo("must be a whole second (the format has no fractions)");
    assertThat(Checks.problemWithTimestamp(LocalDateTime.of(-1, 1, 1, 0, 0)))
        .isEqualTo("must have a four-digit year");
    assertThat(Checks.problemWithTimestamp(LocalDateTime.of(10000, 1, 1, 0, 0)))
        .isEqualTo("must have a four-digit year");
  }

  @Test
  void acceptsAbsoluteHttpAndHttpsUrisWithAHost() {
    assertThat(Checks.parseHttpUri("http://example.com"))
        .isEqualTo(URI.create("http://example.com"));
    assertThat(Checks.parseHttpUri("HTTPS://example.com/a?b#c"))
        .isEqualTo(URI.create("HTTPS://example.com/a?b#c"));
    assertThat(Checks.problemWithHttpUri(URI.create("https://x"))).isNull();
  }

  @Test
  void refusesOtherUrisWithTheReason() {
    assertThat(Checks.parseHttpUri("http://exa mple.com")).isNull();
    assertThat(Checks.parseHttpUri("/relative")).isNull();
    assertThat(Checks.problemWithHttpUri(URI.create("/relative")))
        .isEqualTo("must be an absolute URI with the scheme http or https");
    assertThat(Checks.problemWithHttpUri(URI.create("ftp://example.com")))
        .isEqualTo("must use the scheme http or https, not ftp");
    assertThat(Checks.problemWithHttpUri(URI.create("http:opaque")))
        .isEqualTo("must name a host (http://host/...)");
    assertThat(Checks.problemWithHttpUri(URI.create("http:///path")))
        .isEqualTo("must name a host (http://host/...)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "EN", "nld", "zZ"})
  void acceptsTwoOrThreeLetterLanguages(String language) {
    assertThat(Checks.problemWithLanguage(language)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "engl", "e1", "e-", "é n", "@a", "a[", "`a", "a{"})
  void refusesOtherLanguages(String language) {
    assertThat(Checks.problemWithLanguage(language))
        .isEqualTo("must be a language code of 2 or 3 letters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"en", "nl_BE", "fr-BE", "zh-Hant-TW", "sr_Latn", "es-419", "AZ-Cyrl_AZ", "eng"})
  void acceptsLocaleCodes(String code) {
    assertThat(Checks.problemWithCulture(code)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "e",
        "en_",
        "en-B",
        "en-BEL",
        "en_12",
        "en_1234",
        "en-Hant-",
        "en-Hant-T",
        "en-Hant-TW-x",
        "en_BE_x",
        "en-Han1",
        "en-Hant-TWN",
        "en-BE-",
        "e1_BE",
        "en__BE"
      })
  void refusesOtherCultures(String code) {
    assertThat(Checks.problemWithCulture(code))
        .isEqualTo("must be a locale code such as en, nl_BE or fr-BE");
  }

  @Test
  void copiesUnknownKeysInOrderAndUnmodifiable() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("z", "1");
    given.put("a", "[true]");
    Map<String, String> copy = Checks.copyUnknown(given, List.of("title"), "unknown");
    given.put("b", "2");
    assertThat(copy).containsExactly(Map.entry("z", "1"), Map.entry("a", "[true]"));
    assertThatThrownByPut(copy);
    assertThat(Checks.copyUnknown(Map.of(), List.of(), "unknown")).isEmpty();
  }

  private static void assertThatThrownByPut(Map<String, String> map) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesUnknownKeysThatAreKnownOrNotOneJsonValue() {
    assertThatNullPointerException()
        .isThrownBy(() -> Checks.copyUnknown(null, List.of(), "unknown"))
        .withMessage("unknown must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.copyUnknown(Map.of("title", "1"), List.of("title"), "unknown"))
        .withMessage("unknown: \"title\" is a key of the format, not an unknown key");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.copyUnknown(Map.of("x", "1 2"), List.of("title"), "unknown"))
        .withMessageStartingWith("unknown \"x\": ");
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("x", null);
    assertThatNullPointerException()
        .isThrownBy(() -> Checks.copyUnknown(nullValue, List.of(), "unknown"))
        .withMessage("unknown value must not be null");
  }
}
