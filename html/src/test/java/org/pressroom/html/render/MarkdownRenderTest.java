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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Mark;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;

class MarkdownRenderTest {
  private static final Parser COMMONMARK = Parser.builder().build();

  /**
   * Text that would be markup if it were not escaped; each as a paragraph start and after a line
   * break.
   */
  private static final List<String> HOSTILE =
      List.of(
          "# not a heading",
          "## neither #",
          "- not a list",
          "* nor this",
          "+ plus",
          "1. not ordered",
          "2026) neither",
          "> not a quote",
          "***",
          "---",
          "===",
          "~~~ not a fence",
          "``` not a fence",
          "    four spaces",
          "<div>not html</div>",
          "<script>alert(1)</script>",
          "&amp; &copy; &#39; &#x27; stay as written, R&D too",
          "snake_case_name and __dunder__",
          "*stars* and **double**",
          "[brackets](https://x.example) and [ref]",
          "`ticks` and ``double``",
          "back\\slash \\* escaped",
          "bang! [x] and ![y](z)",
          "pipe | and tilde ~~strike~~",
          "https://autolink.example and <https://x.example>",
          "trailing backslash \\");

  static Stream<Named<List<Block>>> roundTrips() {
    List<Named<List<Block>>> cases = new ArrayList<>();
    cases.add(
        Named.of(
            "marks, links, breaks and images",
            List.of(
                p(
                    t("BRUSSELS, 8 June 2026", Mark.BOLD),
                    t(" - To mark the "),
                    t("month", Mark.ITALIC),
                    t(", read "),
                    link("https://vub.be/paper", t("the paper", Mark.BOLD, Mark.ITALIC)),
                    t("."),
                    new LineBreak(),
                    t("Second line with "),
                    t("code()", Mark.CODE),
                    t(" and "),
                    new InlineImage("https://vub.be/i.png", "an icon")))));
    cases.add(
        Named.of(
            "nested emphasis",
            List.of(
                p(
                    t("bold ", Mark.BOLD),
                    t("bold italic", Mark.BOLD, Mark.ITALIC),
                    t(" bold", Mark.BOLD)),
                p(t("un"), t("believ", Mark.ITALIC), t("able")),
                p(t(" spaced bold ", Mark.BOLD), t("plain")),
                p(
                    t("italic", Mark.ITALIC),
                    t("bold", Mark.BOLD),
                    t("both", Mark.ITALIC, Mark.BOLD)),
                p(
                    t("under", Mark.UNDERLINE),
                    t(" strike", Mark.STRIKETHROUGH),
                    t(" H"),
                    t("2", Mark.SUBSCRIPT),
                    t("O x"),
                    t("2", Mark.SUPERSCRIPT)))));
    cases.add(
        Named.of(
            "code spans",
            List.of(
                p(t("a `b` c", Mark.CODE)),
                p(t("`starts", Mark.CODE), t(" and "), t("ends`", Mark.CODE)),
                p(
                    t("bold code", Mark.CODE, Mark.BOLD),
                    t(" then "),
                    t("*not emphasis*", Mark.CODE)))));
    cases.add(
        Named.of(
            "link destinations",
            List.of(
                p(link("https://x.example/a b", t("space"))),
                p(link("https://x.example/wiki/Foo_(bar)", t("parens"))),
                p(link("https://x.example/?a=1&amp;b=2&copy;", t("entities"))),
                p(link("https://x.example/<x>\\y", t("angles and backslash"))),
                p(
                    link("mailto:koen.stein@vub.be", t("mail")),
                    t(" or "),
                    link("tel:+32 (0)471517909", t("call"))),
                p(link("#data", t("anchor"), t(" with ", Mark.BOLD), t("marks", Mark.ITALIC))),
                p(t("Wow!"), link("https://x.example", t("not an image"))))));
    cases.add(
        Named.of(
            "headings",
            List.of(
                h(1, "One"),
                h(2, "Two #"),
                h(3, "Three"),
                h(4, "# Four"),
                h(5, "Five"),
                h(6, "Six"),
                new Heading(2, true, List.of(t("Inferred", Mark.BOLD))))));
    cases.add(
        Named.of(
            "lists",
            List.of(
                ul(item(p("one")), item(p("two"), ol(item(p("two a")), item(p("two b"))))),
                ul(item(p("adjacent list of the same kind"))),
                ul(item(p("and a third"))),
                ol(
                    item(p("1")),
                    item(p("2")),
                    item(p("3")),
                    item(p("4")),
                    item(p("5")),
                    item(p("6")),
                    item(p("7")),
                    item(p("8")),
                    item(p("9")),
                    item(p("ten"), p("second paragraph of ten")),
                    item(p("eleven"))),
                ol(item(p("adjacent ordered"))),
                ul(item(p("- dash"), p("1. one"))))));
    cases.add(
        Named.of(
            "quotes",
            List.of(
                new Quote(
                    List.of(
                        p("We are witnessing"),
                        ul(item(p("a")), item(p("b"))),
                        p("medical successes"))),
                new Quote(List.of(new Quote(List.of(p("deeper"))))),
                p("after"))));
    cases.add(
        Named.of(
            "images and dividers",
            List.of(
                new Image(
                    "https://vub.be/photo.jpg",
                    "A [lab]",
                    "The \"lab\" in Jette",
                    "https://vub.be"),
                new Divider(),
                new Image("https://vub.be/a b.jpg", "", null, null),
                new Divider())));
    cases.add(
        Named.of(
            "preformatted",
            List.of(
                new Preformatted("  line one\n\n    line two"),
                new Preformatted("has ``` and ```` fences"),
                ul(item(new Preformatted("in a list\n  indented"))))));
    List<Block> hostile = new ArrayList<>();
    for (String s : HOSTILE) {
      hostile.add(p(s));
      hostile.add(p(t("x"), new LineBreak(), t(s)));
    }
    cases.add(Named.of("hostile text", hostile));
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("roundTrips")
  void commonMarkReadsBackTheSameStructureAndText(List<Block> blocks) {
    String markdown = BodyRenderer.markdown().render(body(blocks.toArray(new Block[0])));
    Node document = COMMONMARK.parse(markdown);
    assertThat(MarkdownShape.ofMarkdown(document)).as(markdown).isEqualTo(MarkdownShape.of(blocks));
  }

  @Test
  void rendersHeadingsListsAndEmphasisAsExpected() {
    String md =
        BodyRenderer.markdown()
            .render(
                body(
                    h(2, "Results"),
                    p(
                        t("a "),
                        t("b", Mark.BOLD),
                        t(" "),
                        t("c", Mark.ITALIC),
                        new LineBreak(),
                        t("d")),
                    ul(item(p("x")), item(p("y"))),
                    new Divider()));
    assertThat(md).isEqualTo("## Results\n\na **b** *c*\\\nd\n\n- x\n- y\n\n---\n");
  }

  @Test
  void unsafeLinksAndImagesAreWrittenAsTheirText() {
    String md =
        BodyRenderer.markdown()
            .render(
                body(
                    p(
                        link("javascript:alert(1)", t("click")),
                        t(" "),
                        link(" JaVa\tScRiPt:alert(1)", t("me"))),
                    p(new InlineImage("data:image/png;base64,xx", "pixel"), t("after")),
                    new Image("javascript:x", "alt", "caption kept", null),
                    new Embed("javascript:alert(1)")));
    assertThat(md.toLowerCase()).doesNotContain("javascript").doesNotContain("data:");
    assertThat(md).isEqualTo("click me\n\nafter\n\ncaption kept\n");
  }

  @Test
  void rendersATableWithACellOfTwoParagraphsAsAnHtmlBlock() {
    String md = BodyRenderer.markdown().render(Bodies.body(Bodies.everything().blocks().get(11)));
    assertThat(Bodies.everything().blocks().get(11)).isInstanceOf(Table.class);
    assertThat(md).startsWith("<table>\n").endsWith("</table>\n").doesNotContain("\n\n");
    assertThat(md).contains("<th>Therapy</th>").contains("<p>12</p>\n<p>(2025)</p>");
    assertThat(COMMONMARK.parse(md).getFirstChild())
        .isInstanceOf(org.commonmark.node.HtmlBlock.class);
  }

  @Test
  void rendersATableWithAHeaderRowAndNoSpansAsAPipeTable() {
    Table table =
        new Table(
            List.of(
                List.of(Bodies.th(p("Therapy")), Bodies.th(p(t("Patients", Mark.BOLD)))),
                List.of(Bodies.cell(p("CAR-T")), Bodies.cell(p("12 | 14"))),
                List.of(Bodies.cell())));
    assertThat(BodyRenderer.markdown().render(body(table)))
        .isEqualTo("| Therapy | **Patients** |\n| --- | --- |\n| CAR-T | 12 \\| 14 |\n|  |  |\n");
  }

  @Test
  void rendersATableWithSpansOrWithoutAHeaderRowAsAnHtmlBlock() {
    Table spans =
        new Table(
            List.of(
                List.of(new TableCell(true, List.of(p("Both")), 2, 1)),
                List.of(Bodies.cell(p("a")), Bodies.cell(p("b")))));
    assertThat(BodyRenderer.markdown().render(body(spans)))
        .startsWith("<table>\n")
        .contains("<th colspan=\"2\">");
    Table noHeader = new Table(List.of(List.of(Bodies.cell(p("a")), Bodies.cell(p("b")))));
    assertThat(BodyRenderer.markdown().render(body(noHeader))).startsWith("<table>\n");
  }

  @Test
  void rendersContactsAndEmbedsAsParagraphs() {
    String md =
        BodyRenderer.markdown()
            .render(body(Bodies.TEXT_CONTACT, Bodies.CARD, new Embed("https://y.example/v")));
    assertThat(md)
        .isEqualTo(
            "Contact: Dr Isabelle Houbracken\\\n"
                + "[Isabelle.houbracken@vub.be](mailto:Isabelle.houbracken@vub.be)\n\n"
                + "**Koen Stein**\\\nPerscontact wetenschap & onderzoek\\\n"
                + "[koen.stein@vub.be](mailto:koen.stein@vub.be)\\\nhttps://vub.be\\\n"
                + "Mobile: +32 (0)471517909\n\n"
                + "[https://y.example/v](https://y.example/v)\n");
  }

  @Test
  void emptyBodyIsEmpty() {
    assertThat(BodyRenderer.markdown().render(Body.empty())).isEmpty();
  }

  @Test
  void everyWordOfTheBodyTextSurvivesTheRoundTrip() {
    Body b = Bodies.everything();
    String md = BodyRenderer.markdown().render(b);
    String rendered =
        org.commonmark.renderer.text.TextContentRenderer.builder()
            .build()
            .render(COMMONMARK.parse(md));
    TextRenderTest.assertWordsInOrder(b.text(), rendered);
  }
}
