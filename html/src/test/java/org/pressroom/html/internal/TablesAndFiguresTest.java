package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Block;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Image;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;

/**
 * Tables (sections, header cells, captions, empty ones) and figures (an image with its caption, or
 * loose blocks).
 */
class TablesAndFiguresTest {
  private static List<Block> blocks(String html) {
    return BodyParser.create().parse(html).blocks();
  }

  private static Paragraph p(String text) {
    return new Paragraph(List.of(Text.plain(text)));
  }

  @Test
  void readsRowsFromEverySectionWithHeaderCells() {
    List<Block> blocks =
        blocks(
            "<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>a</td><td></td></tr></tbody>"
                + "<tfoot><tr><td>f</td></tr></tfoot></table>");
    assertThat(blocks)
        .containsExactly(
            new Table(
                List.of(
                    List.of(new TableCell(true, List.of(p("H")))),
                    List.of(new TableCell(false, List.of(p("a"))), new TableCell(false, List.of())),
                    List.of(new TableCell(false, List.of(p("f")))))));
  }

  @Test
  void aCaptionComesBeforeTheTable() {
    List<Block> blocks = blocks("<table><caption>Results</caption><tr><td>1</td></tr></table>");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).text()).isEqualTo("Results");
    assertThat(blocks.get(1))
        .isEqualTo(new Table(List.of(List.of(new TableCell(false, List.of(p("1")))))));
  }

  @Test
  void aTableWithoutContentIsNoBlock() {
    assertThat(blocks("<table><tr><td> </td><td></td></tr></table>")).isEmpty();
    assertThat(blocks("<table></table>")).isEmpty();
  }

  @Test
  void aCellStyleMarksItsText() {
    List<Block> blocks = blocks("<table><tr><td style='font-weight:bold'>b</td></tr></table>");
    Table table = (Table) blocks.get(0);
    Paragraph cell = (Paragraph) table.rows().get(0).get(0).blocks().get(0);
    assertThat(cell.content()).containsExactly(new Text("b", Set.of(Mark.BOLD)));
  }

  @Test
  void aFigureOfOneImageTakesItsCaption() {
    assertThat(
            blocks(
                "<figure><img src='https://example.com/a.png' alt='A'><figcaption>The <b>A</b>\n</figcaption></figure>"))
        .containsExactly(new Image("https://example.com/a.png", "A", "The A", null));
    assertThat(blocks("<figure><img src='https://example.com/a.png' alt='A'></figure>"))
        .containsExactly(new Image("https://example.com/a.png", "A", null, null));
  }

  @Test
  void aFigureOfOtherContentKeepsItsBlocksThenTheCaption() {
    assertThat(blocks("<figure><p>One</p><p>Two</p><figcaption>Cap</figcaption></figure>"))
        .containsExactly(p("One"), p("Two"), p("Cap"));
  }
}
