package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Block;
import org.pressroom.html.Heading;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Text;

/** What may stand before the lead: titles and notices, each rule at its edge. */
class FrontMatterTest {
  private static Paragraph plain(String text) {
    return new Paragraph(List.of(Text.plain(text)));
  }

  private static boolean title(Block b, String... titles) {
    return FrontMatter.isTitle(b, b.text(), List.of(titles));
  }

  private static boolean notice(String text) {
    return FrontMatter.isNotice(plain(text), text);
  }

  @Test
  void aHeadingOrTheReleaseTitleRepeatedIsATitle() {
    assertThat(title(new Heading(1, false, List.of(Text.plain("Acme opens a plant"))))).isTrue();
    assertThat(title(plain("Acme opens a plant."), "Acme opens a plant")).isTrue();
    assertThat(title(plain("ACME OPENS A PLANT"), "Acme opens a plant")).isTrue();
    assertThat(title(plain("Acme opens a plant in Ghent today"), "Acme opens a plant")).isFalse();
    assertThat(title(plain("Acme opens a plant"))).isFalse();
  }

  @Test
  void aShortParagraphEmphasisedAsAWholeIsATitle() {
    assertThat(title(new Paragraph(List.of(new Text("A kicker.", EnumSet.of(Mark.BOLD))))))
        .isTrue();
    assertThat(title(new Paragraph(List.of(new Text("A standfirst", EnumSet.of(Mark.ITALIC))))))
        .isTrue();
    assertThat(
            title(
                new Paragraph(
                    List.of(new Text("Partly", EnumSet.of(Mark.BOLD)), Text.plain(" bold")))))
        .isFalse();
    assertThat(title(new Paragraph(List.of(new Text("word ".repeat(61), EnumSet.of(Mark.BOLD))))))
        .as("too long for a title")
        .isFalse();
  }

  @Test
  void noticesOpenLikeOneOrAreInCapitals() {
    assertThat(notice("For immediate release")).isTrue();
    assertThat(notice("EMBARGOED UNTIL 8 JUNE 2026, 00:01 CET")).isTrue();
    assertThat(notice("All amounts in US dollars unless otherwise stated.")).isTrue();
    assertThat(notice("Correction: an earlier version misspelt the name.")).isTrue();
    assertThat(notice("Pressemitteilung")).isTrue();
    assertThat(notice("Communiqué de presse")).isTrue();
    assertThat(notice("Persbericht")).isTrue();
    assertThat(notice("Corrections are rare, the editor said.")).isFalse();
    assertThat(notice("Acme opened a plant.")).isFalse();
    assertThat(notice("ACME")).as("four capitals at least").isTrue();
    assertThat(notice("AB 12")).isFalse();
  }
}
