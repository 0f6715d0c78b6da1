package org.pressroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets and reasons in error messages: bounded, and printable on one line. */
class MessagesTest {
  @Test
  void snippetEscapesQuotesBackslashesAndLineBreaks() {
    assertThat(Messages.snippet("a\"b\\c\nd\re\tf")).isEqualTo("a\\\"b\\\\c\\nd\\re\\tf");
  }

  @Test
  void snippetWritesOtherControlCharactersAsUnicodeEscapes() {
    assertThat(Messages.snippet("\u0000\u001f \u007e\u007f\u009f\u00a0"))
        .isEqualTo("\\u0000\\u001f ~\\u007f\\u009f\u00a0");
  }

  @Test
  void snippetKeepsFortyCharactersAndMarksTheCut() {
    String forty = "abcdefghij".repeat(4);
    assertThat(Messages.snippet(forty)).isEqualTo(forty);
    assertThat(Messages.snippet(forty + "X")).isEqualTo(forty + "...");
    assertThat(Messages.snippet("")).isEmpty();
  }

  @Test
  void capKeepsTwoHundredCharactersAndMarksTheCut() {
    String twoHundred = "x".repeat(200);
    assertThat(Messages.cap(twoHundred)).isEqualTo(twoHundred);
    assertThat(Messages.cap(twoHundred + "y")).isEqualTo("x".repeat(197) + "...").hasSize(200);
  }

  @Test
  void syntaxTurnsJacksonsStartMarkerIntoAPlainLocationShiftedByTheLineOffset() {
    String jackson =
        "Unexpected end-of-input: expected close marker for Object "
            + "(start marker at [Source: REDACTED; line: 3, column: 7])";
    assertThat(Messages.syntax(jackson, 0))
        .isEqualTo(
            "unexpected end of input: expected close marker for Object (opened at line 3, column 7)");
    assertThat(Messages.syntax(jackson, 10))
        .isEqualTo(
            "unexpected end of input: expected close marker for Object (opened at line 13, column 7)");
  }

  @Test
  void syntaxDescribesAnUnexpectedCharacter() {
    assertThat(
            Messages.syntax(
                "Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                0))
        .isEqualTo("expected double-quote to start field name, found '}'");
  }

  @Test
  void syntaxNamesAnUnrecognizedTokenWithoutJacksonsFeatureHint() {
    assertThat(
            Messages.syntax(
                "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                0))
        .isEqualTo(
            "expected a JSON value (string, number, object, array, true, false or null), found 'NaN'");
  }

  @Test
  void syntaxNamesControlCharacters() {
    assertThat(
            Messages.syntax(
                "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped", 0))
        .isEqualTo(
            "control character U+0009 in a string: it must be written as an escape (\\n, \\t, \\u0009)");
    assertThat(
            Messages.syntax(
                "Illegal character ((CTRL-CHAR, code 1)): only regular white space allowed", 0))
        .isEqualTo("expected whitespace or a JSON value, found control character U+0001");
  }

  @Test
  void syntaxWritesACharacterCodeAsItsCodePoint() {
    // 'x' is U+0078 (120 in decimal); 'é' is U+00E9 (233)
    assertThat(Messages.syntax("Unrecognized character escape 'x' (code 120)", 0))
        .isEqualTo("unrecognized character escape 'x' (U+0078)");
    assertThat(Messages.syntax("Unrecognized character escape 'é' (code 233)", 0))
        .isEqualTo("unrecognized character escape 'é' (U+00E9)");
  }

  @Test
  void syntaxLowersTheFirstLetterButNotOfAnAcronym() {
    assertThat(Messages.syntax("Something odd", 0)).isEqualTo("something odd");
    assertThat(Messages.syntax("JSON odd", 0)).isEqualTo("JSON odd");
    assertThat(Messages.syntax("X", 0)).isEqualTo("x");
  }
}
