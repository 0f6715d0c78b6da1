package org.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pressroom.Contact;
import org.pressroom.html.internal.Spaces;

/**
 * The body model built by hand: what its queries find, how its text is made, what its records
 * refuse.
 */
class ModelTest {
  private static Paragraph p(String text) {
    return new Paragraph(List.of(Text.plain(text)));
  }

  private static Heading h(int level, String text) {
    return new Heading(level, false, List.of(Text.plain(text)));
  }

  private static ContactBlock contact(String name) {
    return new ContactBlock(Contact.builder(name).build(), null, ContactBlock.Origin.CARD, name);
  }

  @Test
  void findsHeadingsAndContactsNestedInListsQuotesAndTables() {
    Heading top = h(2, "Top");
    Heading inList = h(3, "In a list");
    Heading inQuote = h(4, "In a quote");
    Heading inCell = h(5, "In a cell");
    ContactBlock anna = contact("Anna");
    ContactBlock bert = contact("Bert");
    ContactBlock cleo = contact("Cleo");
    Body body =
        new Body(
            List.of(
                top,
                new ListBlock(
                    false,
                    List.of(new ListItem(List.of(p("a"))), new ListItem(List.of(inList, anna)))),
                new Quote(List.of(inQuote, new Quote(List.of(bert)))),
                new Table(
                    List.of(
                        List.of(new TableCell(true, List.of(p("x")))),
                        List.of(new TableCell(false, List.of(inCell, cleo)))))),
            null,
            List.of(),
            List.of());
    assertThat(body.headings()).containsExactly(top, inList, inQuote, inCell);
    assertThat(body.contacts()).containsExactly(anna, bert, cleo);
  }

  @Test
  void sectionsSplitAtTopLevelHeadings() {
    Paragraph intro = p("Intro");
    Heading one = h(2, "One");
    Paragraph a = p("a");
    Paragraph b = p("b");
    Heading two = h(2, "Two");
    Heading three = h(2, "Three");
    Paragraph c = p("c");
    Body body = new Body(List.of(intro, one, a, b, two, three, c), null, List.of(), List.of());
    assertThat(body.sections())
        .containsExactly(
            new Section(null, List.of(intro)),
            new Section(one, List.of(a, b)),
            new Section(two, List.of()),
            new Section(three, List.of(c)));
  }

  @Test
  void sectionsOfBodiesWithoutIntroOrContent() {
    Heading one = h(1, "One");
    assertThat(new Body(List.of(one), null, List.of(), List.of()).sections())
        .containsExactly(new Section(one, List.of()));
    assertThat(Body.empty().sections()).isEmpty();
    Paragraph only = p("only");
    assertThat(new Body(List.of(only), null, List.of(), List.of()).sections())
        .containsExactly(new Section(null, List.of(only)));
  }

  @Test
  void textJoinsBlocksByLinesSkippingEmptyOnes() {
    Body body =
        new Body(
            List.of(
                p("One"),
                new Divider(),
                new Image("i.png", "alt", null, null),
                h(2, "Two"),
                new Image("j.png", "", "Caption", null)),
            null,
            List.of(),
            List.of());
    assertThat(body.text()).isEqualTo("One\nTwo\nCaption");
    assertThat(Body.empty().text()).isEmpty();
  }

  @Test
  void textOfListsQuotesAndTablesHasOneLinePerItemBlockOrCell() {
    ListBlock list =
        new ListBlock(
            true,
            List.of(
                new ListItem(List.of(p("a"), p("b"))),
                new ListItem(List.of()),
                new ListItem(List.of(p("c")))));
    assertThat(list.text()).isEqualTo("a\nb\nc");
    assertThat(new Quote(List.of(p("q1"), new Divider(), p("q2"))).text()).isEqualTo("q1\nq2");
    Table table =
        new Table(
            List.of(
                List.of(
                    new TableCell(true, List.of(p("h1"))), new TableCell(true, List.of(p("h2")))),
                List.of(new TableCell(false, List.of()), new TableCell(false, List.of(p("d"))))));
    assertThat(table.text()).isEqualTo("h1\nh2\nd");
  }

  @Test
  void blockTextCollapsesSpacesAndKeepsLineBreaks() {
    Paragraph para =
        new Paragraph(
            List.of(
                Text.plain("  a \t b\u00a0"),
                new Text("c", Set.of(Mark.BOLD)),
                new LineBreak(),
                Text.plain(" d  "),
                new LineBreak(),
                new LineBreak(),
                Text.plain("e")));
    assertThat(para.text()).isEqualTo("a b c\nd\n\ne");
  }

  @Test
  void collapseDropsLeadingAndTrailingSpaceAndLineBreaks() {
    assertThat(Spaces.collapse("\n \n x \n")).isEqualTo("x");
    assertThat(Spaces.collapse("x \u2003\u3000 y")).isEqualTo("x y");
    assertThat(Spaces.collapse("x\u200by"))
        .as("a zero-width space is not a space")
        .isEqualTo("x\u200by");
    assertThat(Spaces.collapse("")).isEmpty();
  }

  @Test
  void spacesAreTheWhitespaceOfTextButNotLineBreaks() {
    for (char c :
        new char[] {
          ' ', '\t', '\r', '\f', '\u000B', '\u00A0', '\u1680', '\u2000', '\u2005', '\u200A',
          '\u2007', '\u202F', '\u205F', '\u3000'
        }) {
      assertThat(Spaces.isSpace(c)).as("U+%04X", (int) c).isTrue();
    }
    for (char c :
        new char[] {
          '\n', 'a', '\u001F', '\u0085', '\u1FFF', '\u200B', '\u2028', '\u2060', '\uFEFF'
        }) {
      assertThat(Spaces.isSpace(c)).as("U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void inlineTextConcatenatesWithoutCollapsing() {
    Link link =
        new Link(
            "https://example.com",
            LinkKind.WEB,
            List.of(Text.plain(" a "), Text.plain(" b")),
            null,
            null);
    assertThat(link.text()).isEqualTo(" a  b");
    assertThat(Texts.inlineText(List.of())).isEmpty();
    assertThat(Texts.inlineText(List.of(new LineBreak()))).isEqualTo("\n");
  }

  @Test
  void wordCountCountsRunsOfNonSpace() {
    assertThat(Body.empty().wordCount()).isZero();
    assertThat(new Body(List.of(p("one")), null, List.of(), List.of()).wordCount()).isEqualTo(1);
    assertThat(
            new Body(
                    List.of(p("one two\u00a0three"), p("four"), p("-")), null, List.of(), List.of())
                .wordCount())
        .isEqualTo(5);
    Paragraph broken = new Paragraph(List.of(Text.plain("a"), new LineBreak(), Text.plain("b")));
    assertThat(new Body(List.of(broken), null, List.of(), List.of()).wordCount()).isEqualTo(2);
  }

  @Test
  void headingLevelIsOneToSix() {
    assertThat(h(1, "x").level()).isEqualTo(1);
    assertThat(h(6, "x").level()).isEqualTo(6);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h(0, "x"))
        .withMessage("level must be 1 to 6, not 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h(7, "x"))
        .withMessage("level must be 1 to 6, not 7");
  }

  @Test
  void recordsCopyTheirListsAndMarks() {
    List<Block> blocks = new ArrayList<>(List.of(p("a")));
    Body body = new Body(blocks, null, new ArrayList<>(), new ArrayList<>());
    blocks.add(p("b"));
    assertThat(body.blocks()).hasSize(1);
    assertThatThrownBy(() -> body.blocks().add(p("c")))
        .isInstanceOf(UnsupportedOperationException.class);

    EnumSet<Mark> marks = EnumSet.of(Mark.BOLD);
    Text text = new Text("x", marks);
    marks.add(Mark.ITALIC);
    assertThat(text.marks()).containsExactly(Mark.BOLD);
    assertThat(text.has(Mark.BOLD)).isTrue();
    assertThat(text.has(Mark.ITALIC)).isFalse();
    assertThatThrownBy(() -> text.marks().add(Mark.CODE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Text.plain("y").marks()).isEmpty();
  }

  @Test
  void textMarksAreEveryGivenMarkInMarkOrder() {
    Mark[] all = Mark.values();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      List<Mark> inOrder = new ArrayList<>();
      for (Mark m : all) {
        if ((bits & (1 << m.ordinal())) != 0) {
          inOrder.add(m);
        }
      }
      List<Mark> reversed = new ArrayList<>(inOrder);
      java.util.Collections.reverse(reversed);
      Text text = new Text("x", new java.util.LinkedHashSet<>(reversed));
      assertThat(text.marks()).containsExactlyElementsOf(inOrder);
      assertThat(text.marks()).isEqualTo(Set.copyOf(inOrder));
      assertThat(text).isEqualTo(new Text("x", Set.copyOf(inOrder)));
      assertThatThrownBy(() -> text.marks().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThatThrownBy(
            () -> new Text("x", new java.util.HashSet<>(java.util.Arrays.asList(null, Mark.BOLD))))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void imageTextIsItsCaption() {
    assertThat(new Image("a.png", "alt", "A caption", null).text()).isEqualTo("A caption");
    assertThat(new Image("a.png", "alt", null, "https://example.com").text()).isEmpty();
  }

  @Test
  void jsonNamesAreLowerCase() {
    assertThat(Mark.STRIKETHROUGH.jsonName()).isEqualTo("strikethrough");
    assertThat(ContactBlock.Origin.CARD.jsonName()).isEqualTo("card");
    assertThat(ContactBlock.Origin.TEXT.jsonName()).isEqualTo("text");
  }

  @Test
  void visitorsReachTheMethodOfEachType() {
    Block.Visitor<String> names =
        new Block.Visitor<>() {
          @Override
          public String visitParagraph(Paragraph paragraph) {
            return "paragraph";
          }

          @Override
          public String visitHeading(Heading heading) {
            return "heading";
          }

          @Override
          public String visitList(ListBlock list) {
            return "list";
          }

          @Override
          public String visitQuote(Quote quote) {
            return "quote";
          }

          @Override
          public String visitDivider(Divider divider) {
            return "divider";
          }

          @Override
          public String visitImage(Image image) {
            return "image";
          }

          @Override
          public String visitContact(ContactBlock contact) {
            return "contact";
          }

          @Override
          public String visitEmbed(Embed embed) {
            return "embed";
          }

          @Override
          public String visitTable(Table table) {
            return "table";
          }

          @Override
          public String visitPreformatted(Preformatted preformatted) {
            return "preformatted";
          }
        };
    List<Block> blocks =
        List.of(
            p("x"),
            h(2, "x"),
            new ListBlock(false, List.of()),
            new Quote(List.of()),
            new Divider(),
            new Image("a.png", "", null, null),
            contact("Anna"),
            new Table(List.of()));
    List<String> visited = new ArrayList<>();
    for (Block b : blocks) {
      visited.add(b.accept(names));
    }
    assertThat(visited)
        .containsExactly(
            "paragraph", "heading", "list", "quote", "divider", "image", "contact", "table");
  }

  @Test
  void parseOptionsChangeOneKnobAtATimeAndStartLimitsAtOne() {
    java.net.URI base = java.net.URI.create("https://example.com/news/");
    ParseOptions o =
        ParseOptions.defaults()
            .withBaseUri(base)
            .withDetectHeadings(false)
            .withMaxDepth(1)
            .withMaxInputLength(1)
            .withMaxIssues(1);
    assertThat(o).isEqualTo(new ParseOptions(base, false, 1, 1, 1));
    assertThat(ParseOptions.defaults())
        .isEqualTo(new ParseOptions(null, true, 256, 16 * 1024 * 1024, 100));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParseOptions.defaults().withMaxDepth(0))
        .withMessage("limits must be at least 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParseOptions.defaults().withMaxInputLength(0))
        .withMessage("limits must be at least 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParseOptions.defaults().withMaxIssues(0))
        .withMessage("limits must be at least 1");
  }
}
