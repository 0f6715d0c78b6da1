package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Dateline;

/**
 * Datelines at the start of a body: the place, the date in each style, the dash after it, and the
 * limits.
 */
class DatelinesTest {
  private static final LocalDate JUNE_8 = LocalDate.of(2026, 6, 8);

  @Test
  void readsAnEuropeanDateline() {
    assertThat(Datelines.find("BRUSSELS, 8 June 2026 - To mark the day"))
        .isEqualTo(new Dateline("BRUSSELS", JUNE_8, "BRUSSELS, 8 June 2026"));
  }

  @Test
  void readsAnApDatelineWhosePlaceHasACommaInIt() {
    assertThat(Datelines.find("PALO ALTO, Calif., June 8, 2026 -- The company"))
        .isEqualTo(new Dateline("PALO ALTO, Calif.", JUNE_8, "PALO ALTO, Calif., June 8, 2026"));
  }

  @Test
  void readsIsoNumericOrdinalAndAbbreviatedDates() {
    assertThat(Datelines.find("Ghent, 2026-01-25 \u2013 text"))
        .isEqualTo(new Dateline("Ghent", LocalDate.of(2026, 1, 25), "Ghent, 2026-01-25"));
    assertThat(Datelines.find("Berlin, 25.01.2026 - text"))
        .isEqualTo(new Dateline("Berlin", LocalDate.of(2026, 1, 25), "Berlin, 25.01.2026"));
    assertThat(Datelines.find("Paris, le 1er juin 2026 - texte"))
        .isEqualTo(new Dateline("Paris", LocalDate.of(2026, 6, 1), "Paris, le 1er juin 2026"));
    assertThat(Datelines.find("Amsterdam, 3 mrt. 2026 \u2014 tekst"))
        .isEqualTo(new Dateline("Amsterdam", LocalDate.of(2026, 3, 3), "Amsterdam, 3 mrt. 2026"));
    assertThat(Datelines.find("Boston, June 8th, 2026 - text"))
        .isEqualTo(new Dateline("Boston", JUNE_8, "Boston, June 8th, 2026"));
  }

  @Test
  void aSourceInBracketsOrSlashesMayStandBeforeTheDash() {
    assertThat(Datelines.find("Brussels, 8 June 2026 (Belga) - text"))
        .isEqualTo(new Dateline("Brussels", JUNE_8, "Brussels, 8 June 2026"));
    assertThat(Datelines.find("New York, June 8, 2026 /PRNewswire/ -- text"))
        .isEqualTo(new Dateline("New York", JUNE_8, "New York, June 8, 2026"));
    assertThat(Datelines.find("Brussels, 8 June 2026 (" + "x".repeat(39) + ") - text"))
        .extracting(Dateline::location)
        .isEqualTo("Brussels");
    assertThat(Datelines.find("Brussels, 8 June 2026 (" + "x".repeat(40) + ") - text")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 2026 (Belga - text")).isNull();
  }

  @Test
  void aDateWithoutADashIsNoDateline() {
    assertThat(Datelines.find("Brussels, 8 June 2026 the company said")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 2026")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 2026 ")).isNull();
  }

  @Test
  void theDateMustBeRealAndBetween1900And2200() {
    assertThat(Datelines.find("Brussels, 8 June 1900 - x"))
        .extracting(Dateline::date)
        .isEqualTo(LocalDate.of(1900, 6, 8));
    assertThat(Datelines.find("Brussels, 8 June 2200 - x"))
        .extracting(Dateline::date)
        .isEqualTo(LocalDate.of(2200, 6, 8));
    assertThat(Datelines.find("Brussels, 8 June 1899 - x")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 2201 - x")).isNull();
    assertThat(Datelines.find("Brussels, 31 June 2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, 2026-13-01 - x")).isNull();
  }

  @Test
  void refusesMalformedDates() {
    assertThat(Datelines.find("Brussels, 8 Ju 2026 - x")).as("month too short").isNull();
    assertThat(Datelines.find("Brussels, 123 June 2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, June 123, 2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, June , 2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 26 - x")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 20266 - x")).isNull();
    assertThat(Datelines.find("Brussels, 25.1.26 - x")).isNull();
    assertThat(Datelines.find("Brussels, 25.123.2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, 2026-1-25 - x")).isNull();
    assertThat(Datelines.find("Brussels, 2026-01-5 - x")).isNull();
    assertThat(Datelines.find("Brussels, 2026-01 - x")).isNull();
    assertThat(Datelines.find("Brussels, Smarch 8, 2026 - x")).isNull();
    assertThat(Datelines.find("Brussels, - x")).isNull();
    assertThat(Datelines.find("Brussels,")).isNull();
  }

  @Test
  void thePlaceIsOneToFiveCapitalisedWords() {
    assertThat(Datelines.find("Frankfurt am Main, 8 June 2026 - x"))
        .extracting(Dateline::location)
        .isEqualTo("Frankfurt am Main");
    assertThat(Datelines.find("Rio De Janeiro Sao Paulo, 8 June 2026 - x"))
        .extracting(Dateline::location)
        .isEqualTo("Rio De Janeiro Sao Paulo");
    assertThat(Datelines.find("the city, 8 June 2026 - x")).isNull();
    assertThat(Datelines.find("One Two Three Four Five Six, 8 June 2026 - x")).isNull();
    assertThat(Datelines.find(", 8 June 2026 - x")).isNull();
  }

  @Test
  void looksForTheCommaInTheFirst160Characters() {
    String at159 = "B" + "r".repeat(158);
    assertThat(Datelines.find(at159 + ", 8 June 2026 - x"))
        .extracting(Dateline::location)
        .isEqualTo(at159);
    String at160 = "B" + "r".repeat(159);
    assertThat(Datelines.find(at160 + ", 8 June 2026 - x")).isNull();
  }

  @Test
  void placesAreLettersAndPunctuationWithCapitals() {
    assertThat(Places.looksLikePlace("Brussels")).isTrue();
    assertThat(Places.looksLikePlace("Saint-\u00c9tienne")).isTrue();
    assertThat(Places.looksLikePlace("O'Neill Town")).isTrue();
    assertThat(Places.looksLikePlace("St. John\u2019s")).isTrue();
    assertThat(Places.looksLikePlace("Rio de Janeiro")).isTrue();
    assertThat(Places.looksLikePlace("")).isFalse();
    assertThat(Places.looksLikePlace("   ")).isFalse();
    assertThat(Places.looksLikePlace("brussels")).isFalse();
    assertThat(Places.looksLikePlace("de Panne")).isFalse();
    assertThat(Places.looksLikePlace("Brussels 2")).isFalse();
    assertThat(Places.looksLikePlace("Brussels city")).isFalse();
    assertThat(Places.looksLikePlace("-Brussels")).isFalse();
    assertThat(Places.looksLikePlace("Brus/sels")).isFalse();
  }

  @Test
  void readsTwoDigitDaysAndEveryOrdinalWhenTheMonthComesFirst() {
    assertThat(Datelines.find("Boston, June 12, 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 12));
    assertThat(Datelines.find("Boston, June 1st, 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(Datelines.find("Boston, June 2nd 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(Datelines.find("Boston, June 3rd, 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(Datelines.find("Boston, 2nd June 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(Datelines.find("Boston, 23rd June 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 23));
    assertThat(Datelines.find("Boston, 4th June 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 6, 4));
  }

  @Test
  void aTextThatEndsInsideTheDateIsNoDateline() {
    assertThat(Datelines.find("Brussels, ")).isNull();
    assertThat(Datelines.find("Brussels, 2026")).isNull();
    assertThat(Datelines.find("Brussels, 8")).isNull();
    assertThat(Datelines.find("Brussels, 8.")).isNull();
    assertThat(Datelines.find("Brussels, 8th")).isNull();
    assertThat(Datelines.find("Brussels, June 8")).isNull();
    assertThat(Datelines.find("Brussels, June")).isNull();
    assertThat(Datelines.find("Brussels, June 8,")).isNull();
    assertThat(Datelines.find("Brussels, 8 June 2026 (")).isNull();
  }

  @Test
  void monthNamesAreThreeToTenLetters() {
    assertThat(Datelines.find("Brussels, 8 Sept. 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 9, 8));
    assertThat(Datelines.find("Brussels, 8 septembre 2026 - x").date())
        .isEqualTo(LocalDate.of(2026, 9, 8));
    assertThat(Datelines.find("Brussels, 8 Junes 2026 - x")).isNull();
  }

  @Test
  void readsAWireMarkerWithoutADate() {
    assertThat(Datelines.find("GREENWICH, Conn.--(BUSINESS WIRE)--Acme Corp. today"))
        .isEqualTo(new Dateline("GREENWICH, Conn.", null, "GREENWICH, Conn."));
    assertThat(Datelines.find("SAN FRANCISCO--(BUSINESS WIRE)--Acme"))
        .isEqualTo(new Dateline("SAN FRANCISCO", null, "SAN FRANCISCO"));
    assertThat(Datelines.find("Wien (OTS) - Der Verband"))
        .isEqualTo(new Dateline("Wien", null, "Wien"));
    assertThat(Datelines.find("In a statement (see below) - text")).as("not a wire").isNull();
    assertThat(Datelines.find("Acme (BUSINESS WIRE) said")).as("no dash after").isNull();
  }

  @Test
  void readsTheFormOfGermanMinistries() {
    assertThat(Datelines.find("Pressemitteilung vom 25. Januar 2022 | Berlin \u2013 Die"))
        .isEqualTo(
            new Dateline(
                "Berlin",
                LocalDate.of(2022, 1, 25),
                "Pressemitteilung vom 25. Januar 2022 | Berlin"));
    assertThat(Datelines.find("Pressemitteilung vom 25. Januar 2022 | der Minister sagt"))
        .as("no place after the bar")
        .isNull();
  }

  @Test
  void aDateMayCloseWithAColonAnEllipsisOrAfterAnArticleAFullStop() {
    assertThat(Datelines.find("Brussels, 8 June 2026: text").date()).isEqualTo(JUNE_8);
    assertThat(Datelines.find("Brussels, 8 June 2026 \u2026 text").date()).isEqualTo(JUNE_8);
    assertThat(Datelines.find("Brussels, 8 June 2026... text").date()).isEqualTo(JUNE_8);
    assertThat(Datelines.find("Paris, le 8 juin 2026. La société").date()).isEqualTo(JUNE_8);
    assertThat(Datelines.find("Paris, 8 juin 2026. La société")).as("no article").isNull();
    assertThat(Datelines.find("Paris, le 8 juin 2026. la suite")).as("no new sentence").isNull();
  }

  @Test
  void readsNumericDatesWithSlashesAndSkipsAWeekday() {
    assertThat(Datelines.find("Gent, 08/06/2026 - tekst"))
        .isEqualTo(new Dateline("Gent", JUNE_8, "Gent, 08/06/2026"));
    assertThat(Datelines.find("Gent, 08/06.2026 - tekst")).isNull();
    assertThat(Datelines.find("Berlin, Montag, 8. Juni 2026 - Text"))
        .isEqualTo(new Dateline("Berlin", JUNE_8, "Berlin, Montag, 8. Juni 2026"));
  }

  @Test
  void readsAPlaceAloneInBrackets() {
    assertThat(Datelines.find("(Leipzig) - Von Preisbremsen"))
        .isEqualTo(new Dateline("Leipzig", null, "(Leipzig)"));
    assertThat(Datelines.find("(Leipzig) Von Preisbremsen")).as("no dash").isNull();
    assertThat(Datelines.find("(dpa) - Text")).as("a wire, not a place").isNull();
    assertThat(Datelines.find("(see below) - Text")).isNull();
  }

  @Test
  void aDatelineAloneIsOnlyPlaceAndDate() {
    assertThat(Datelines.alone("Hofheim am Taunus | Wiesbaden, 11. November 2021"))
        .isEqualTo(
            new Dateline(
                "Hofheim am Taunus | Wiesbaden",
                LocalDate.of(2021, 11, 11),
                "Hofheim am Taunus | Wiesbaden, 11. November 2021"));
    assertThat(Datelines.alone("Berlin, 8. Juni 2026 \u2013").date()).isEqualTo(JUNE_8);
    assertThat(Datelines.alone("Berlin, 8. Juni 2026 war ein Montag")).isNull();
    assertThat(Places.looksLikePlace("Hamburg/Berlin")).isTrue();
    assertThat(Places.looksLikePlace("| Berlin")).isFalse();
  }

  @Test
  void aDashMaySeparatePlaceAndDateAndTheDateMayStandInBrackets() {
    assertThat(Datelines.find("AMSTERDAM \u2013 15 juni 2021 \u2013 Het bedrijf"))
        .isEqualTo(
            new Dateline("AMSTERDAM", LocalDate.of(2021, 6, 15), "AMSTERDAM \u2013 15 juni 2021"));
    assertThat(Datelines.find("SAN FRANCISCO, Calif. (June 8, 2026) -- Acme"))
        .isEqualTo(
            new Dateline("SAN FRANCISCO, Calif.", JUNE_8, "SAN FRANCISCO, Calif. (June 8, 2026)"));
    assertThat(Datelines.find("BRUSSELS - No date here.")).isNull();
    assertThat(Datelines.find("Acme (June 8, 2026) said")).isNull();
  }

  @Test
  void aDayAndAMonthWithoutAYearAreADatelineOnlyBeforeADash() {
    assertThat(Datelines.find("LONDON, March 3 (Reuters) - Acme"))
        .isEqualTo(new Dateline("LONDON", null, "LONDON, March 3"));
    assertThat(Datelines.find("LYON, le 4 mars \u2013 La ville"))
        .isEqualTo(new Dateline("LYON", null, "LYON, le 4 mars"));
    assertThat(Datelines.find("BONN, 29. Februar \u2013 Text"))
        .as("a day of leap years")
        .isEqualTo(new Dateline("BONN", null, "BONN, 29. Februar"));
    assertThat(Datelines.find("Lyon, le 4 mars \u2013 La ville")).as("not in capitals").isNull();
    assertThat(Datelines.find("TODAY, June 8 - Text")).as("a day, not a place").isNull();
    assertThat(Datelines.find("LONDON, June 31 - Text")).as("no such day").isNull();
    assertThat(Datelines.find("LONDON, March 3 was the day")).as("no dash").isNull();
    assertThat(Datelines.find("LONDON, March 3. Text")).as("a full stop").isNull();
    assertThat(Datelines.alone("Berlin, 3. M\u00e4rz")).as("alone, with no year").isNull();
  }

  @Test
  void placesMayJoinTwoCitiesHoldAnAbbreviationABracketOrAnArticle() {
    assertThat(Places.looksLikePlace("NEW YORK and LONDON")).isTrue();
    assertThat(Places.looksLikePlace("Frankfurt a.M.")).isTrue();
    assertThat(Places.looksLikePlace("Halle (Saale)")).isTrue();
    assertThat(Places.looksLikePlace("'s-Hertogenbosch")).isTrue();
    assertThat(Places.looksLikePlace("Acme and partners")).as("a lower-case word").isFalse();
    assertThat(Places.looksLikePlace("and London")).as("a particle first").isFalse();
    assertThat(Places.looksLikePlace("(Saale) Halle")).as("brackets close the place").isFalse();
    assertThat(Places.looksLikePlace("Halle (saale)")).isFalse();
  }

  @Test
  void aDateMayFollowTheWireAndAFullStopMayStandBeforeTheDash() {
    assertThat(Datelines.find("SEATTLE--(BUSINESS WIRE)--March 3, 2026--Acme"))
        .isEqualTo(
            new Dateline(
                "SEATTLE", LocalDate.of(2026, 3, 3), "SEATTLE--(BUSINESS WIRE)--March 3, 2026"));
    assertThat(Datelines.find("SEATTLE--(BUSINESS WIRE)--March 3, 2026 was a day").date())
        .as("no dash after the date: the wire's dateline without one")
        .isNull();
    assertThat(Datelines.find("Amsterdam, 3 maart 2026. \u2013 Het bedrijf"))
        .isEqualTo(new Dateline("Amsterdam", LocalDate.of(2026, 3, 3), "Amsterdam, 3 maart 2026"));
    assertThat(Datelines.find("Amsterdam, 3 maart 2026. Het bedrijf")).isNull();
  }

  @Test
  void aWeekdayOrTodayIsNoPlace() {
    assertThat(Datelines.find("Friday, 8 June 2026 \u2013 Acme announced")).isNull();
    assertThat(Datelines.find("MONDAY, March 3 -- Acme announced")).isNull();
    assertThat(Datelines.find("Heute, 8. Juni 2026 \u2013 Acme")).isNull();
    assertThat(Datelines.find("Berlin, Montag, 8. Juni 2026 \u2013 Acme").location())
        .isEqualTo("Berlin");
  }

  @Test
  void readsNumericDatesWithDashesAndPlaceAndDateInBrackets() {
    assertThat(Datelines.find("Utrecht, 04-03-2024 \u2013 De gemeente"))
        .isEqualTo(new Dateline("Utrecht", LocalDate.of(2024, 3, 4), "Utrecht, 04-03-2024"));
    assertThat(Datelines.find("Utrecht, 04-03 \u2013 De gemeente")).as("no year").isNull();
    assertThat(Datelines.find("(Berlin, 03.03.2024) Die Stadt"))
        .isEqualTo(new Dateline("Berlin", LocalDate.of(2024, 3, 3), "(Berlin, 03.03.2024)"));
    assertThat(Datelines.find("(Berlin, den 3. M\u00e4rz 2024) - Die Stadt").date())
        .isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(Datelines.find("(Berlin, 03.03.2024 und Hamburg) Text"))
        .as("more than a date")
        .isNull();
    assertThat(Datelines.find("(Berlin, Hamburg) - Text")).as("no date").isNull();
  }

  @Test
  void twoNumbersInOneRunAreSplitAtTheSlash() {
    assertThat(ContactText.unlabelled("Jane Doe +32 2 123 45 67 / +32 475 12 34 56").telephone())
        .isEqualTo("+32 2 123 45 67");
    assertThat(ContactText.unlabelled("Amnesty +49 (0)30 / 420248-0").telephone())
        .isEqualTo("+49 (0)30 / 420248-0");
  }
}
