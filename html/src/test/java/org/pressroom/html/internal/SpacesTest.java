package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one word count: words between spaces and line breaks, counted no further than a limit. */
class SpacesTest {
  @Test
  void countsWordsBetweenSpacesAndLineBreaks() {
    assertThat(Spaces.words("", 10)).isZero();
    assertThat(Spaces.words("one", 10)).isEqualTo(1);
    assertThat(Spaces.words("one two\nthree", 10)).isEqualTo(3);
    assertThat(Spaces.words(" one  two ", 10)).isEqualTo(2);
    assertThat(Spaces.words("Jane Doe, +32 2 555 01 00", 10)).isEqualTo(7);
  }

  @Test
  void stopsAtTheLimit() {
    assertThat(Spaces.words("a b c d e", 3)).isEqualTo(3);
    assertThat(Spaces.words("a b c d e", 5)).isEqualTo(5);
    assertThat(Spaces.words("a b c d e", 6)).isEqualTo(5);
    assertThat(Spaces.words("a b c", 0)).isZero();
  }
}
