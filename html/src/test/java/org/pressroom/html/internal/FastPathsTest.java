package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written fast paths give exactly what the code they replace gave. */
class FastPathsTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Jane",
        "Jane Doe",
        "Dr  Jane\tvan\u000Bder\fDoe\r\nPR",
        "a b c d e f g h i j k l m n o p q r s t u v",
        "Jane\u00A0Doe",
        "x\u2003y  z",
        "one two three four five six seven eight nine ten 11 12 13 14 15  16\t17 18"
      })
  void splitsAtSpacesAsTheRegexDid(String text) {
    String trimmed = text.trim();
    assertThat(ContactWords.splitSpaces(trimmed, 16))
        .containsExactlyElementsOf(Arrays.asList(SPACES.split(trimmed, 16)));
  }
}
