package org.pressroom.html.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.html.render.Bodies.body;
import static org.pressroom.html.render.Bodies.h;
import static org.pressroom.html.render.Bodies.item;
import static org.pressroom.html.render.Bodies.link;
import static org.pressroom.html.render.Bodies.ol;
import static org.pressroom.html.render.Bodies.p;
import static org.pressroom.html.render.Bodies.t;
import static org.pressroom.html.render.Bodies.ul;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.Divider;
import org.pressroom.html.Image;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Quote;

class TextRenderTest {
  /**
   * Asserts that every word (run of letters and digits) of {@code expected} occurs in {@code
   * actual}, in order.
   */
  static void assertWordsInOrder(String expected, String actual) {
    int from = 0;
    for (String word : expected.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      int at = actual.indexOf(word, from);
      assertThat(at)
          .as("word '%s' after offset %d of:\n%s", word, from, actual)
          .isGreaterThanOrEqualTo(0);
      from = at + word.length();
    }
  }

  @Test
  void keepsEveryWordOfEveryBlockInOrder() {
    Body b = Bodies.everything();
    String text = BodyRenderer.text().render(b);
    assertWordsInOrder(b.text(), text);
    for (Block block : b.blocks()) {
      assertWordsInOrder(block.text(), text);
    }
  }

  @Test
  void separatesBlocksByABlankLineAndKeepsLineBreaks() {
    String text =
        BodyRenderer.text()
            .render(
                body(
                    h(2, "Title"),
                    p(t("line one "), new LineBreak(), t(" line two")),
                    new Divider(),
                    p("end")));
    assertThat(text).isEqualTo("Title\n\nline one\nline two\n\n---\n\nend\n");
  }

  @Test
  void writesAnInlineImagesAltTextInSquareBracketsAsForAnImageBlock() {
    String text =
        BodyRenderer.text()
            .render(
                body(
                    p(t("Logo: "), new InlineImage("https://example.com/a.png", "A")),
                    h(2, "plain"),
                    p(link("https://example.com/", new InlineImage("https://example.com/b", "B"))),
                    p(t("no alt "), new InlineImage("https://example.com/c.png", ""), t(" here"))));
    assertThat(text).isEqualTo("Logo: [A]\n\nplain\n\n[B]\n\nno alt here\n");
  }

  @Test
  void leavesOutAListItemThatRendersAsNothingRatherThanABareMarker() {
    Image noAlt = new Image("https://example.com/i.png", "", null, null);
    assertThat(BodyRenderer.text().render(body(ul(item(p("one")), item(noAlt), item(p("two"))))))
        .isEqualTo("- one\n- two\n");
    assertThat(BodyRenderer.text().render(body(ol(item(p("one")), item(noAlt), item(p("two"))))))
        .isEqualTo("1. one\n2. two\n");
  }

  @Test
  void writesListsWithMarkersAndIndentsNestedBlocks() {
    String text =
        BodyRenderer.text()
            .render(
                body(
                    ul(
                        item(p("one")),
                        item(
                            p("two"),
                            ol(item(p("a")), item(p(t("b"), new LineBreak(), t("b2"))))))));
    assertThat(text).isEqualTo("- one\n- two\n  1. a\n  2. b\n     b2\n");
  }

  @Test
  void prefixesQuotesAndWritesTablesTabSeparated() {
    String text =
        BodyRenderer.text()
            .render(
                body(
                    new Quote(List.of(p("said"), p("twice"))),
                    Bodies.everything().blocks().get(11)));
    assertThat(text).isEqualTo("> said\n>\n> twice\n\nTherapy\tPatients\nCAR-T\t12 (2025)\n");
  }

  @Test
  void writesImagesContactsEmbedsAndPreformatted() {
    Body b = Bodies.everything();
    String text = BodyRenderer.text().render(body(b.blocks().subList(6, 11).toArray(new Block[0])));
    assertThat(text)
        .isEqualTo(
            "The lab in Jette\n\n"
                + "Contact: Dr Isabelle Houbracken\nIsabelle.houbracken@vub.be\n\n"
                + "Koen Stein\nPerscontact wetenschap & onderzoek\nkoen.stein@vub.be\nhttps://vub.be\n"
                + "+32 (0)471517909\n\n"
                + "https://www.youtube.com/embed/abc\n");
    assertThat(
            BodyRenderer.text()
                .render(
                    body(
                        new Image("x.png", "a chart", null, null),
                        new Image("y.png", "", null, null))))
        .isEqualTo("[a chart]\n");
  }

  @Test
  void emptyBodyIsEmptyAndStreamingMatches() throws IOException {
    assertThat(BodyRenderer.text().render(Body.empty())).isEmpty();
    StringWriter out = new StringWriter();
    BodyRenderer.text().render(Bodies.everything(), out);
    assertThat(out.toString()).isEqualTo(BodyRenderer.text().render(Bodies.everything()));
  }

  @Test
  void rendersDeepNestingWithinTheParsersDefaultDepth() {
    Block b = p("deep");
    for (int i = 0; i < 256; i++) {
      b = i % 2 == 0 ? new Quote(List.of(b)) : ul(item(b));
    }
    for (BodyRenderer r :
        List.of(BodyRenderer.text(), BodyRenderer.markdown(), BodyRenderer.html())) {
      assertThat(r.render(body(b))).contains("deep");
    }
  }
}
