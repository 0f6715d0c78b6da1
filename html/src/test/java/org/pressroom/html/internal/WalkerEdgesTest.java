package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressroom.html.Block;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ListBlock;
import org.pressroom.html.Preformatted;

/**
 * Edges of the body walker: what marks a Word list as ordered, and how preformatted text is
 * trimmed.
 */
class WalkerEdgesTest {
  private static List<Block> blocks(String html) {
    return BodyParser.create().parse(html).blocks();
  }

  private static ListBlock wordListWithMarker(String marker) {
    List<Block> blocks =
        blocks(
            "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>"
                + marker
                + "</span>Item</p>");
    assertThat(blocks).hasSize(1);
    ListBlock list = (ListBlock) blocks.get(0);
    assertThat(list.text()).isEqualTo("Item");
    return list;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.", "a)", "iv.", "1234.", "B)"})
  void aNumberOrLetterMarkerMakesAWordListOrdered(String marker) {
    assertThat(wordListWithMarker(marker).ordered()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00b7", "o", "\u00a7", "1", "1:", "12345.", "1.2.", "-)", "\u2022"})
  void aBulletOrAnythingElseLeavesItUnordered(String marker) {
    assertThat(wordListWithMarker(marker).ordered()).isFalse();
  }

  @Test
  void preformattedTextKeepsInnerSpacesAndLineBreaks() {
    assertThat(blocks("<pre>a  b<br>  c</pre>")).containsExactly(new Preformatted("a  b\n  c"));
  }

  @Test
  void preformattedTextLosesTrailingBlankLinesAndDroppedElements() {
    assertThat(blocks("<pre>x \n\n</pre>")).containsExactly(new Preformatted("x"));
    assertThat(blocks("<pre><script>bad()</script>code</pre>"))
        .containsExactly(new Preformatted("code"));
    assertThat(blocks("<pre> \n </pre>")).isEmpty();
  }

  @Test
  void aLinkInPreformattedTextIsListed() {
    var body = BodyParser.create().parse("<pre>see <a href='https://example.com/x'>this</a></pre>");
    assertThat(body.blocks()).containsExactly(new Preformatted("see this"));
    assertThat(body.links()).hasSize(1);
    assertThat(body.links().get(0).href()).isEqualTo("https://example.com/x");
  }
}
