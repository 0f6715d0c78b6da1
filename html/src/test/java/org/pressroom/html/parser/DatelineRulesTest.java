package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Dateline;

/** Datelines in each style and language, and first paragraphs that are not datelines. */
class DatelineRulesTest {
  private static final BodyParser PARSER = BodyParser.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON, June 8, 2026 — The agency|WASHINGTON|2026-06-08|WASHINGTON, June 8, 2026",
        "BRUSSELS, 8 June 2026 - To mark|BRUSSELS|2026-06-08|BRUSSELS, 8 June 2026",
        "PALO ALTO, Calif., April 25, 2026 /PRNewswire/ -- Acme|PALO ALTO, Calif.|2026-04-25|"
            + "PALO ALTO, Calif., April 25, 2026",
        "NEW YORK, Sept. 3, 2026 (GLOBE NEWSWIRE) -- Acme|NEW YORK|2026-09-03|NEW YORK, Sept. 3, 2026",
        "Berlin, 8. Juni 2026 – Die Regierung|Berlin|2026-06-08|Berlin, 8. Juni 2026",
        "München, 3. März 2026 - Text|München|2026-03-03|München, 3. März 2026",
        "Köln, 3. Maerz 2026 - Text|Köln|2026-03-03|Köln, 3. Maerz 2026",
        "Gent, 12 mei 2026 – De stad|Gent|2026-05-12|Gent, 12 mei 2026",
        "Leuven, 1 oktober 2026 - Onderzoekers|Leuven|2026-10-01|Leuven, 1 oktober 2026",
        "PARIS, le 8 février 2026 - La société|PARIS|2026-02-08|PARIS, le 8 février 2026",
        "Lyon, 8 fevrier 2026 - Texte|Lyon|2026-02-08|Lyon, 8 fevrier 2026",
        "Bruxelles, 15 août 2026 – Texte|Bruxelles|2026-08-15|Bruxelles, 15 août 2026",
        "Frankfurt am Main, 08.06.2026 - Text|Frankfurt am Main|2026-06-08|Frankfurt am Main, 08.06.2026",
        "LONDON, 2026-06-08 - Text|LONDON|2026-06-08|LONDON, 2026-06-08",
        "ANTWERP, Belgium, Jan. 5, 2026 - Text|ANTWERP, Belgium|2026-01-05|ANTWERP, Belgium, Jan. 5, 2026"
      })
  void findsDateline(String lead, String location, String date, String text) {
    Dateline d = PARSER.parse("<p>" + lead + " continues.</p>").dateline();
    assertThat(d).isEqualTo(new Dateline(location, LocalDate.parse(date), text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The company, based in Brussels, said on 8 June 2026 - nothing.",
        "Yesterday in Brussels, 8 June 2026 - the fair opened.",
        "BRUSSELS, 31 June 2026 - An impossible date.",
        "BRUSSELS, 8 June 2026. No dash follows.",
        "BRUSSELS - No date here.",
        "In 2026, 8 June 2026 - odd.",
        "We met in Paris, a city, on June 8, 2026 - then left."
      })
  void findsNoDateline(String lead) {
    assertThat(PARSER.parse("<p>" + lead + "</p>").dateline()).isNull();
  }

  @Test
  void onlyTheLeadParagraphCounts() {
    // an empty lead paragraph is dropped, so the next one is the lead
    assertThat(PARSER.parse("<p>&nbsp;</p><p>BRUSSELS, 8 June 2026 - Text</p>").dateline())
        .isEqualTo(new Dateline("BRUSSELS", LocalDate.of(2026, 6, 8), "BRUSSELS, 8 June 2026"));
    assertThat(PARSER.parse("<p>Intro.</p><p>BRUSSELS, 8 June 2026 - Text</p>").dateline())
        .isNull();
    assertThat(PARSER.parse("<h1>BRUSSELS, 8 June 2026 - Text</h1>").dateline()).isNull();
  }

  @Test
  void leadParagraphTextIsUnchanged() {
    assertThat(PARSER.parse("<p><b>BRUSSELS, 8 June 2026</b> - Text</p>").blocks().get(0).text())
        .isEqualTo("BRUSSELS, 8 June 2026 - Text");
  }
}
