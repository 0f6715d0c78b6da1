package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.ListBlock;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.ParseOptions;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Table;
import org.pressroom.html.Text;

/** Whitespace, paragraphs, headings, marks, lists, media and tables. */
class BlockRulesTest {
  private static final BodyParser PARSER = BodyParser.create();

  private static List<Block> blocks(String html) {
    return PARSER.parse(html).blocks();
  }

  private static List<String> texts(String html) {
    return blocks(html).stream().map(Block::text).toList();
  }

  @Test
  void collapsesWhitespaceAndDecodesEntities() {
    assertThat(texts("<p>  a \n\t b&nbsp;&nbsp;c &#039;d&#039; &euro;5 </p>"))
        .containsExactly("a b c 'd' €5");
  }

  @Test
  void keepsTheSpaceBetweenWordsInDifferentElements() {
    Paragraph p = (Paragraph) blocks("<p><b>Hello</b> world</p>").get(0);
    assertThat(p.content())
        .containsExactly(new Text("Hello", Set.of(Mark.BOLD)), Text.plain(" world"));
    assertThat(texts("<p>Hello<i> </i><b>world</b></p>")).containsExactly("Hello world");
  }

  @Test
  void mergesAdjacentRunsWithTheSameMarks() {
    Paragraph p = (Paragraph) blocks("<p><span>a</span><span>b</span> <font>c</font></p>").get(0);
    assertThat(p.content()).containsExactly(Text.plain("ab c"));
  }

  @Test
  void dropsEmptyAndNbspParagraphs() {
    assertThat(blocks("<p></p><p>&nbsp;</p><p> <br> </p><div><span> </span></div><p>x</p>"))
        .containsExactly(new Paragraph(List.of(Text.plain("x"))));
  }

  @Test
  void oneBreakIsALineBreakAndSpacesAroundItGo() {
    Paragraph p = (Paragraph) blocks("<p>one <br> two</p>").get(0);
    assertThat(p.content()).containsExactly(Text.plain("one"), new LineBreak(), Text.plain("two"));
    assertThat(p.text()).isEqualTo("one\ntwo");
  }

  @Test
  void twoBreaksInARowSplitTheParagraph() {
    assertThat(texts("<p>one<br><br>two<br> <!-- c --> <br><br>three</p>"))
        .containsExactly("one", "two", "three");
  }

  @Test
  void twoHundredThousandBreaksAreFast() {
    String html = "<p>a" + "<br>".repeat(200_000) + "b</p>";
    assertThat(texts(html)).containsExactly("a", "b");
  }

  @Test
  void eachDivWithTextIsAParagraph() {
    assertThat(texts("<div><div>Hi Anna,</div><div><br></div><div>line <b>two</b></div></div>"))
        .containsExactly("Hi Anna,", "line two");
  }

  @Test
  void realHeadingsKeepTheirLevel() {
    Heading h = (Heading) blocks("<h3>Title <em>x</em></h3>").get(0);
    assertThat(h.level()).isEqualTo(3);
    assertThat(h.inferred()).isFalse();
    assertThat(h.text()).isEqualTo("Title x");
  }

  @Test
  void boldParagraphIsAnInferredHeadingWithoutTheBoldMark() {
    Heading h = (Heading) blocks("<p><strong>Key <em>facts</em>:</strong></p>").get(0);
    assertThat(h.level()).isEqualTo(2);
    assertThat(h.inferred()).isTrue();
    assertThat(h.content())
        .containsExactly(
            Text.plain("Key "), new Text("facts", Set.of(Mark.ITALIC)), Text.plain(":"));
  }

  @Test
  void boldStyleAndTextDivAlsoMakeHeadings() {
    assertThat(blocks("<div><span style=\"font-weight: 700\">Outlook</span></div>").get(0))
        .isInstanceOf(Heading.class);
  }

  @Test
  void sentencesLinksAndLongTextAreNoHeadings() {
    assertThat(blocks("<p><b>This is a sentence.</b></p>").get(0)).isInstanceOf(Paragraph.class);
    assertThat(blocks("<p><b>Really?</b></p>").get(0)).isInstanceOf(Paragraph.class);
    assertThat(blocks("<p><b>See <a href='https://x.org'>this</a></b></p>").get(0))
        .isInstanceOf(Paragraph.class);
    assertThat(
            blocks(
                    "<p><b>one two three four five six seven eight nine ten 11 12 13 14 15 16</b></p>")
                .get(0))
        .isInstanceOf(Paragraph.class);
    assertThat(
            blocks("<p><b>one two three four five six seven eight nine ten 11 12 13 14 15</b></p>")
                .get(0))
        .isInstanceOf(Heading.class);
    assertThat(blocks("<p><b>Title</b> and more</p>").get(0)).isInstanceOf(Paragraph.class);
  }

  @Test
  void headingDetectionCanBeTurnedOff() {
    Body body =
        BodyParser.create(ParseOptions.defaults().withDetectHeadings(false))
            .parse("<p><b>Title</b></p>");
    assertThat(body.blocks().get(0)).isInstanceOf(Paragraph.class);
  }

  @Test
  void googleDocsWrapperIsNotBold() {
    String html =
        "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p><span>Plain text</span></p>"
            + "<p><span style=\"font-weight:700\">Bold</span> text</p></b>";
    List<Block> blocks = blocks(html);
    assertThat(blocks).hasSize(2).allMatch(b -> b instanceof Paragraph);
    assertThat(((Paragraph) blocks.get(0)).content()).containsExactly(Text.plain("Plain text"));
    assertThat(((Paragraph) blocks.get(1)).content())
        .containsExactly(new Text("Bold", Set.of(Mark.BOLD)), Text.plain(" text"));
  }

  @Test
  void readsMarksFromTagsAndStyles() {
    Paragraph p =
        (Paragraph)
            blocks(
                    "<p>a <i>i</i> <u>u</u> <del>s</del> <sub>2</sub> <sup>3</sup> <kbd>k</kbd> "
                        + "<span style='font-style:italic;text-decoration:underline line-through'>x</span> "
                        + "<b>b<span style='font-weight:400'>n</span></b></p>")
                .get(0);
    assertThat(p.content())
        .contains(
            new Text("i", Set.of(Mark.ITALIC)),
            new Text("u", Set.of(Mark.UNDERLINE)),
            new Text("s", Set.of(Mark.STRIKETHROUGH)),
            new Text("2", Set.of(Mark.SUBSCRIPT)),
            new Text("3", Set.of(Mark.SUPERSCRIPT)),
            new Text("k", Set.of(Mark.CODE)),
            new Text("x", Set.of(Mark.ITALIC, Mark.UNDERLINE, Mark.STRIKETHROUGH)),
            new Text("b", Set.of(Mark.BOLD)),
            Text.plain("n"));
  }

  @Test
  void dropsScriptsStylesAndCommentsButKeepsWrappedText() {
    assertThat(
            texts(
                "<script>x()</script><style>p{}</style><template>t</template><noscript>n</noscript>"
                    + "<p>a<!-- c --><o:p></o:p><font>b</font><x-custom>c</x-custom></p>"))
        .containsExactly("abc");
  }

  @Test
  void listsNestAndItemsHoldParagraphs() {
    ListBlock list =
        (ListBlock) blocks("<ol><li>one<ul><li>a</li></ul></li><li>two</li></ol>").get(0);
    assertThat(list.ordered()).isTrue();
    assertThat(list.items()).hasSize(2);
    assertThat(list.items().get(0).blocks().get(0))
        .isEqualTo(new Paragraph(List.of(Text.plain("one"))));
    ListBlock inner = (ListBlock) list.items().get(0).blocks().get(1);
    assertThat(inner.ordered()).isFalse();
    assertThat(inner.text()).isEqualTo("a");
    assertThat(list.text()).isEqualTo("one\na\ntwo");
  }

  @Test
  void boldListItemsStayParagraphs() {
    ListBlock list = (ListBlock) blocks("<ul><li><b>Bold item</b></li></ul>").get(0);
    assertThat(list.items().get(0).blocks().get(0)).isInstanceOf(Paragraph.class);
  }

  @Test
  void orphanItemsAreGroupedIntoAnUnorderedList() {
    List<Block> blocks = blocks("<li>a</li> <li>b</li><p>after</p><li>c</li>");
    assertThat(blocks).hasSize(3);
    assertThat(((ListBlock) blocks.get(0)).ordered()).isFalse();
    assertThat(blocks.get(0).text()).isEqualTo("a\nb");
    assertThat(blocks.get(2).text()).isEqualTo("c");
  }

  @Test
  void wordListParagraphsBecomeNestedListsWithoutTheirMarkers() {
    String html =
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
            + "<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span>"
            + "</span><![endif]>First</p>"
            + "<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level2 lfo2'><![if !supportLists]>"
            + "<span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>Sub one<o:p></o:p></p>"
            + "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]-->"
            + "<span style='mso-list:Ignore'>·</span><!--[endif]-->Second</p>"
            + "<p class=MsoNormal>After<o:p></o:p></p>";
    List<Block> blocks = blocks(html);
    assertThat(blocks).hasSize(2);
    ListBlock list = (ListBlock) blocks.get(0);
    assertThat(list.ordered()).isFalse();
    assertThat(list.items()).hasSize(2);
    assertThat(list.items().get(0).blocks().get(0).text()).isEqualTo("First");
    ListBlock sub = (ListBlock) list.items().get(0).blocks().get(1);
    assertThat(sub.ordered()).isTrue();
    assertThat(sub.text()).isEqualTo("Sub one");
    assertThat(list.items().get(1).text()).isEqualTo("Second");
    assertThat(blocks.get(1)).isEqualTo(new Paragraph(List.of(Text.plain("After"))));
  }

  @Test
  void aloneImageIsAnImageBlockAndAnImageAmongTextIsInline() {
    Body body =
        BodyParser.create(
                ParseOptions.defaults().withBaseUri(java.net.URI.create("https://ex.org/news/a")))
            .parse(
                "<p><a href='/big.jpg'><img src='pic.jpg' alt='A'></a></p><p>x <img src='/i.png'> y</p>");
    assertThat(body.blocks().get(0))
        .isEqualTo(new Image("https://ex.org/news/pic.jpg", "A", null, "https://ex.org/big.jpg"));
    Paragraph p = (Paragraph) body.blocks().get(1);
    assertThat(p.content()).contains(new InlineImage("https://ex.org/i.png", ""));
    assertThat(p.text()).isEqualTo("x y");
  }

  @Test
  void imageWithoutSourceIsDroppedWithAnIssue() {
    Body body = PARSER.parse("<p><img alt='x'></p>");
    assertThat(body.blocks()).isEmpty();
    assertThat(body.issues())
        .extracting(BodyIssue::kind)
        .containsExactly(BodyIssue.Kind.UNSUPPORTED_MARKUP);
  }

  @Test
  void figureGivesAnImageWithItsCaption() {
    assertThat(
            blocks(
                "<figure><img src='https://x.org/a.jpg' alt='a'><figcaption> The <b>cap</b> </figcaption>"
                    + "</figure>"))
        .containsExactly(new Image("https://x.org/a.jpg", "a", "The cap", null));
  }

  @Test
  void mediaBecomeEmbeds() {
    assertThat(
            blocks(
                "<iframe src='https://www.youtube.com/embed/x'></iframe>"
                    + "<video><source src='https://x.org/v.mp4'></video><object data='https://x.org/o.swf'></object>"))
        .containsExactly(
            new Embed("https://www.youtube.com/embed/x"),
            new Embed("https://x.org/v.mp4"),
            new Embed("https://x.org/o.swf"));
  }

  @Test
  void dividerQuoteAndPreformatted() {
    List<Block> blocks =
        blocks("<hr><blockquote><p>said</p><p>more</p></blockquote><pre>\n  a  b\nc\n</pre>");
    assertThat(blocks.get(0)).isEqualTo(new Divider());
    assertThat(((Quote) blocks.get(1)).blocks()).hasSize(2);
    assertThat(blocks.get(1).text()).isEqualTo("said\nmore");
    assertThat(blocks.get(2)).isEqualTo(new Preformatted("  a  b\nc"));
  }

  @Test
  void tablesHoldRowsOfCellsWithHeaders() {
    Table table =
        (Table)
            blocks(
                    "<table><thead><tr><th>H1</th><th>H2</th></tr></thead>"
                        + "<tbody><tr><td><p>a</p><p>b</p></td><td></td></tr></tbody></table>")
                .get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).get(0).header()).isTrue();
    assertThat(table.rows().get(1).get(0).header()).isFalse();
    assertThat(table.rows().get(1).get(0).blocks()).hasSize(2);
    assertThat(table.rows().get(1).get(1).blocks()).isEmpty();
    assertThat(table.text()).isEqualTo("H1\nH2\na\nb");
  }

  @Test
  void emptyTableIsDropped() {
    assertThat(blocks("<table><tr><td> </td></tr></table>")).isEmpty();
  }

  @Test
  void fullPageKeepsNavigationTextAsParagraphs() {
    List<String> texts =
        texts(
            "<html><head><title>T</title><script>x</script></head><body><nav><a href='/'>Home"
                + "</a></nav><form><button>Send</button><select><option>hidden</option></select></form>"
                + "<footer>Footer</footer></body></html>");
    assertThat(texts).containsExactly("Home", "Send", "Footer");
  }
}
