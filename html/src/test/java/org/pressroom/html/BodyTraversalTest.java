package org.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Walking the whole body: every block and inline in document order, and the picks from them. */
class BodyTraversalTest {
  private static final BodyParser PARSER = BodyParser.create();

  private static String describe(Block b) {
    return b.getClass().getSimpleName() + ":" + b.text();
  }

  @Test
  void allBlocksVisitsNestedBlocksInDocumentOrder() {
    Body body =
        PARSER.parse(
            "<p>one</p><ul><li>two</li><li><blockquote><p>three</p></blockquote></li></ul>"
                + "<table><tr><td>four</td><td>five</td></tr></table><p>six</p>");
    List<String> seen = body.allBlocks().map(BodyTraversalTest::describe).toList();
    assertThat(seen)
        .containsExactly(
            "Paragraph:one",
            "ListBlock:two\nthree",
            "Paragraph:two",
            "Quote:three",
            "Paragraph:three",
            "Table:four\nfive",
            "Paragraph:four",
            "Paragraph:five",
            "Paragraph:six");
  }

  @Test
  void allInlinesIncludesWhatLinksHold() {
    Body body =
        PARSER.parse(
            "<h2>Title</h2><p>a <a href=\"https://example.com/\"><b>b</b>"
                + "<img src=\"https://example.com/i.png\" alt=\"I\"></a> c</p>");
    List<String> seen =
        body.allInlines()
            .map(
                i ->
                    i.getClass().getSimpleName()
                        + ":"
                        + (i instanceof InlineImage ? ((InlineImage) i).alt() : i.text()))
            .toList();
    // An inline image has no text of its own (its alt is not text), so the link's text is "b".
    assertThat(seen)
        .containsExactly("Text:Title", "Text:a ", "Link:b", "Text:b", "InlineImage:I", "Text: c");
  }

  @Test
  void imagesAreEveryImageBlockAtAnyDepth() {
    Body body =
        PARSER.parse(
            "<img src=\"https://example.com/1.png\" alt=\"one\">"
                + "<ul><li><img src=\"https://example.com/2.png\" alt=\"two\"></li></ul>"
                + "<p>text <img src=\"https://example.com/3.png\" alt=\"three\"></p>");
    assertThat(body.images())
        .extracting(Image::src)
        .containsExactly("https://example.com/1.png", "https://example.com/2.png");
    assertThat(body.inlineImages())
        .extracting(InlineImage::src)
        .containsExactly("https://example.com/3.png");
  }

  @Test
  void headingsAndContactsStillCountNestedOnes() {
    Body body =
        new Body(
            List.of(
                new Heading(1, false, List.of(new Text("Top", Set.of()))),
                new Quote(List.of(new Heading(2, false, List.of(new Text("In", Set.of())))))),
            null,
            List.of(),
            List.of());
    assertThat(body.headings()).extracting(Heading::text).containsExactly("Top", "In");
    assertThat(body.contacts()).isEmpty();
  }

  @Test
  void aDeeplyNestedBodyIsWalkedWithoutOverflowingTheStack() {
    Block inner = new Paragraph(List.of(new Text("deep", Set.of())));
    for (int i = 0; i < 20_000; i++) {
      inner = new Quote(List.of(inner));
    }
    Body body = new Body(List.of(inner), null, List.of(), List.of());
    assertThat(body.allBlocks().count()).isEqualTo(20_001);
    assertThat(body.allInlines().map(Inline::text).collect(Collectors.joining())).isEqualTo("deep");
  }
}
