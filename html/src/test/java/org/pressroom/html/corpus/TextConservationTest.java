package org.pressroom.html.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Body;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/**
 * The measuring stick of the corpus runs, tested on its own so that a failing corpus run means the
 * parser.
 */
class TextConservationTest {
  @Test
  void inputWordsLeaveOutInvisibleMarkup() {
    String html =
        "<html><head><title>Title</title><style>p{}</style></head><body>"
            + "<script>var x;</script><p>One&nbsp;two</p><!-- gone --><!--[if gte mso 9]><xml>w</xml><![endif]-->"
            + "<noscript>Enable</noscript><template><p>tpl</p></template><select><option>Opt</option></select>"
            + "<div>three<br>four</div><svg><title>Logo</title><desc>d</desc><text>five</text></svg></body></html>";
    assertThat(TextConservation.inputWords(html))
        .containsExactly("One", "two", "three", "four", "five");
  }

  @Test
  void normalisationTrimsPunctuationOnly() {
    assertThat(TextConservation.words("(TORC) - « Bonjour », don't · e-mail: ﬁne"))
        .containsExactly("TORC", "Bonjour", "don't", "e-mail", "fine");
  }

  @Test
  void wordListMarkersAreNotInputWords() {
    String html =
        "<p class=MsoListParagraph><![if !supportLists]><span style='mso-list: Ignore'>1.<span>&nbsp;</span>"
            + "</span><![endif]>First</p>";
    assertThat(TextConservation.inputWords(html)).containsExactly("First");
  }

  @Test
  void formatCharactersAreInvisible() {
    assertThat(TextConservation.words("Pres\u00adse zero\u200bwidth \ufeffBOM"))
        .containsExactly("Presse", "zerowidth", "BOM");
  }

  @Test
  void allWordsInOrderGiveOne() {
    TextConservation.Result r =
        TextConservation.measure(List.of("a", "b", "c"), List.of("x", "a", "y", "b", "c"));
    assertThat(r.ratio()).isEqualTo(1.0);
  }

  @Test
  void aLostWordDoesNotDragTheCursorToAFarOccurrence() {
    List<String> model = new java.util.ArrayList<>(List.of("intro", "the", "body", "text"));
    for (int i = 0; i < 100; i++) {
      model.add("filler" + i);
    }
    model.addAll(List.of("Home", "footer"));
    // "Home" is not at the start of the model; the far "Home" in the footer must not swallow "the
    // body text".
    TextConservation.Result r =
        TextConservation.measure(List.of("Home", "intro", "the", "body", "text"), model);
    assertThat(r.found).isEqualTo(4);
  }

  @Test
  void outOfOrderWordsAreLost() {
    TextConservation.Result r = TextConservation.measure(List.of("b", "a"), List.of("a", "b"));
    assertThat(r.found).isEqualTo(1);
  }

  @Test
  void aModelHoldingTheVisibleTextOfEachSampleKeepsEveryWord() throws Exception {
    for (Path file :
        CorpusSampleTest.documents().map(n -> n.getPayload()).collect(Collectors.toList())) {
      String html = Files.readString(file);
      String visible = String.join(" ", TextConservation.inputWords(html));
      Body body =
          new Body(
              List.of(new Paragraph(List.of(Text.plain(visible)))), null, List.of(), List.of());
      TextConservation.Result r =
          TextConservation.measure(
              TextConservation.inputWords(html), TextConservation.modelWords(body));
      assertThat(r.ratio()).as("%s: %s", file.getFileName(), r).isEqualTo(1.0);
      assertThat(r.inputWords).as("%s has words", file.getFileName()).isGreaterThan(20);
    }
  }

  @Test
  void aLostWordMatchingANearbyWordDoesNotLoseTheRest() {
    // header "NBC News Logo Politics U.S News", the model lost "NBC News Logo"; the footer repeats
    // the menu.
    List<String> in =
        List.of(
            "Skip",
            "NBC",
            "News",
            "Logo",
            "Politics",
            "U.S",
            "News",
            "Local",
            "body",
            "NBC",
            "News",
            "Politics",
            "U.S",
            "News");
    List<String> model =
        List.of(
            "Skip",
            "Politics",
            "U.S",
            "News",
            "Local",
            "body",
            "NBC",
            "News",
            "Politics",
            "U.S",
            "News");
    TextConservation.Result r = TextConservation.measure(in, model);
    assertThat(r.found).isEqualTo(11);
    assertThat(r.toString()).contains("first absent from the model: [Logo");
  }

  @Test
  void countsAcrossMachineWords() {
    List<String> model = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      model.add("w" + (i % 7));
    }
    assertThat(TextConservation.measure(model, model).ratio()).isEqualTo(1.0);
    assertThat(TextConservation.measure(List.of("w6", "w0", "x"), model).found).isEqualTo(2);
  }

  @Test
  void emptyInputIsFullyKept() {
    assertThat(TextConservation.measure(List.of(), List.of("x")).ratio()).isEqualTo(1.0);
  }
}
