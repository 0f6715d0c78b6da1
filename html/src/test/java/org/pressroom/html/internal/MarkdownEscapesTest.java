package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Markdown renderer's escaping: character references, link destinations, titles and list-like
 * line starts.
 */
class MarkdownEscapesTest {
  private static String escaped(String s, boolean lineStart) {
    StringBuilder sb = new StringBuilder();
    MarkdownEscapes.escapeText(s, sb, lineStart);
    return sb.toString();
  }

  @Test
  void recognisesNamedAndNumericCharacterReferences() {
    assertThat(MarkdownEscapes.startsEntity("&amp;", 0)).isTrue();
    assertThat(MarkdownEscapes.startsEntity("x&amp;", 1)).isTrue();
    assertThat(MarkdownEscapes.startsEntity("&#39;", 0)).isTrue();
    assertThat(MarkdownEscapes.startsEntity("&#x27;", 0)).isTrue();
    assertThat(MarkdownEscapes.startsEntity("&#X1F600;", 0)).isTrue();
    assertThat(MarkdownEscapes.startsEntity("&#12345678;", 0)).as("eight digits").isTrue();
    assertThat(MarkdownEscapes.startsEntity("&" + "a".repeat(32) + ";", 0))
        .as("32 letters")
        .isTrue();
  }

  @Test
  void refusesWhatIsNotACharacterReference() {
    assertThat(MarkdownEscapes.startsEntity("&amp", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&;", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&amp x;", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#;", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#39", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#x;", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#xZZ;", 0)).isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#1a;", 0)).as("a is not a decimal digit").isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#123456789;", 0)).as("nine digits").isFalse();
    assertThat(MarkdownEscapes.startsEntity("&#\u0661\u0662;", 0))
        .as("only ASCII digits")
        .isFalse();
    assertThat(MarkdownEscapes.startsEntity("&" + "a".repeat(33) + ";", 0))
        .as("33 letters")
        .isFalse();
    assertThat(MarkdownEscapes.startsEntity("&\u00e9;", 0)).isFalse();
  }

  @Test
  void destinationIsKeptPlainWhenItCanBe() {
    assertThat(MarkdownEscapes.destination("https://example.com/a?b=c&d=e"))
        .isEqualTo("https://example.com/a?b=c&d=e");
  }

  @Test
  void destinationIsBracketedWhenItHoldsSpacesParenthesesOrIsEmpty() {
    assertThat(MarkdownEscapes.destination("")).isEqualTo("<>");
    assertThat(MarkdownEscapes.destination("a b")).isEqualTo("<a b>");
    assertThat(MarkdownEscapes.destination("a(b")).isEqualTo("<a(b>");
    assertThat(MarkdownEscapes.destination("a)b")).isEqualTo("<a)b>");
    assertThat(MarkdownEscapes.destination("a>b")).isEqualTo("<a\\>b>");
    assertThat(MarkdownEscapes.destination("a<b")).isEqualTo("<a\\<b>");
  }

  @Test
  void destinationEscapesBackslashesReferencesAndLineBreaks() {
    assertThat(MarkdownEscapes.destination("a\\b")).isEqualTo("a\\\\b");
    assertThat(MarkdownEscapes.destination("a&amp;b")).isEqualTo("a\\&amp;b");
    assertThat(MarkdownEscapes.destination("a\nb")).isEqualTo("<a%0Ab>");
    assertThat(MarkdownEscapes.destination("a\rb")).isEqualTo("<a%0Db>");
  }

  @Test
  void titleEscapesQuotesBackslashesAndReferencesAndFlattensLines() {
    StringBuilder sb = new StringBuilder();
    MarkdownEscapes.title("Say \"hi\"\n\\ &amp; &x\r", sb);
    assertThat(sb).hasToString("Say \\\"hi\\\" \\\\ \\&amp; &x ");
  }

  @Test
  void escapesADotOrParenthesisThatWouldStartAnOrderedList() {
    assertThat(escaped("1. x", true)).isEqualTo("1\\. x");
    assertThat(escaped("2) x", true)).isEqualTo("2\\) x");
    assertThat(escaped("123456789. x", true)).as("nine digits").isEqualTo("123456789\\. x");
    assertThat(escaped("1234567890. x", true))
        .as("ten digits is no list")
        .isEqualTo("1234567890. x");
    assertThat(escaped("1. x", false)).as("not at a line start").isEqualTo("1. x");
    assertThat(escaped(". x", true)).isEqualTo(". x");
    assertThat(escaped("1a. x", true)).isEqualTo("1a. x");
    assertThat(escaped("x 1. y", true)).isEqualTo("x 1. y");
  }

  @Test
  void escapesMarkersOnlyAtTheLineStartAndAReferenceAnywhere() {
    assertThat(escaped("- x", true)).isEqualTo("\\- x");
    assertThat(escaped("x - y", true)).isEqualTo("x - y");
    assertThat(escaped("*a* _b_ `c`", false)).isEqualTo("\\*a\\* \\_b\\_ \\`c\\`");
    assertThat(escaped("a &amp; b & c", false)).isEqualTo("a \\&amp; b & c");
    assertThat(escaped("Hi!", false)).isEqualTo("Hi\\!");
    assertThat(escaped("Hi! there", false)).isEqualTo("Hi! there");
  }
}
