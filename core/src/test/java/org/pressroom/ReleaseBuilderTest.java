package org.pressroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What the release builder does for its caller: whole seconds, and every missing field named. */
class ReleaseBuilderTest {

  private static Release.Builder complete(LocalDateTime when) {
    return Release.builder()
        .title("Title")
        .modifiedAt(when)
        .url(URI.create("https://example.com/a"))
        .culture(Culture.of("en"))
        .language("EN")
        .slug("slug")
        .body("");
  }

  @Test
  void dropsFractionsOfASecondSoThatNowCanBeGiven() {
    LocalDateTime withNanos = LocalDateTime.of(2026, 6, 10, 10, 26, 21, 123_456_789);
    Release r = complete(withNanos).publishedAt(withNanos).build();
    assertThat(r.modifiedAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 26, 21));
    assertThat(r.publishedAt()).isEqualTo(LocalDateTime.of(2026, 6, 10, 10, 26, 21));
  }

  @Test
  void acceptsLocalDateTimeNow() {
    LocalDateTime before = LocalDateTime.now().withNano(0);
    Release r = complete(LocalDateTime.now()).build();
    assertThat(r.modifiedAt().getNano()).isZero();
    assertThat(r.modifiedAt()).isAfterOrEqualTo(before);
  }

  @Test
  void aNullPublicationTimeStaysNull() {
    assertThat(complete(LocalDateTime.now()).publishedAt(null).build().publishedAt()).isNull();
  }

  @Test
  void namesEveryMissingRequiredFieldAtOnce() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Release.builder().build())
        .withMessage(
            "Release.Builder: missing title, modifiedAt, url, culture, language, slug, body");
  }

  @Test
  void namesOnlyTheFieldsThatAreMissing() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                Release.builder()
                    .title("Title")
                    .modifiedAt(LocalDateTime.now())
                    .culture(Culture.of("en"))
                    .language("EN")
                    .build())
        .withMessage("Release.Builder: missing url, slug, body");
  }
}
