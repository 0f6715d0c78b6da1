package org.pressroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.UnknownKeys;

/**
 * Each rule a record checks on construction, broken once; and the option bounds, at their edges.
 */
class RecordRulesTest {
  private static final LocalDateTime WHEN = LocalDateTime.of(2026, 6, 10, 10, 26, 21);
  private static final URI WEB = URI.create("https://example.com/a");
  private static final URI FTP = URI.create("ftp://example.com/a");

  private static Release.Builder valid() {
    return Release.builder()
        .title("Title")
        .modifiedAt(WHEN)
        .url(WEB)
        .culture(Culture.of("en"))
        .language("EN")
        .slug("slug")
        .body("");
  }

  private static Release withModifiedAt(Release r, LocalDateTime modifiedAt) {
    return new Release(
        r.title(),
        modifiedAt,
        r.publishedAt(),
        r.url(),
        r.shortUrl(),
        r.culture(),
        r.language(),
        r.subtitle(),
        r.slug(),
        r.body(),
        r.mainVisual(),
        r.header(),
        r.contacts(),
        r.author(),
        r.unknownKeys());
  }

  @Test
  void aReleaseWithEveryRuleKeptIsBuilt() {
    Release r = valid().publishedAt(WHEN).shortUrl(URI.create("http://prez.ly/x")).build();
    assertThat(r.publishedAt()).isEqualTo(WHEN);
    assertThat(r.shortUrl()).isEqualTo(URI.create("http://prez.ly/x"));
  }

  @Test
  void aReleaseChecksEachOfItsRules() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().title(" ").build())
        .withMessage("title: must not be blank");
    // The builder drops fractions (see ReleaseBuilderTest); the record itself refuses them.
    assertThatIllegalArgumentException()
        .isThrownBy(() -> withModifiedAt(valid().build(), WHEN.withNano(1)))
        .withMessage("modifiedAt: must be a whole second (the format has no fractions)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().publishedAt(WHEN.withYear(10000)).build())
        .withMessage("publishedAt: must have a four-digit year");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().url(FTP).build())
        .withMessage("url: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().shortUrl(FTP).build())
        .withMessage("shortUrl: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> valid().language("E").build())
        .withMessage("language: must be a language code of 2 or 3 letters");
  }

  @Test
  void imagesAreAbsoluteWebUris() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MainVisual(FTP, WEB, WEB))
        .withMessage("thumbnail: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MainVisual(WEB, FTP, WEB))
        .withMessage("large: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MainVisual(WEB, WEB, FTP))
        .withMessage("original: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HeaderImage(FTP, WEB, Map.of()))
        .withMessage("large: must use the scheme http or https, not ftp");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HeaderImage(WEB, FTP, Map.of()))
        .withMessage("release: must use the scheme http or https, not ftp");
  }

  @Test
  void optionLimitsStartAtOneAndDepthStopsAtItsCeiling() {
    ReadOptions d = ReadOptions.defaults();
    assertThat(d.withMaxDocumentLength(1).maxDocumentLength()).isEqualTo(1);
    assertThat(d.withMaxDepth(1).maxDepth()).isEqualTo(1);
    assertThat(d.withMaxDepth(ReadOptions.MAX_DEPTH_LIMIT).maxDepth()).isEqualTo(1000);
    assertThat(d.withMaxStringLength(1).maxStringLength()).isEqualTo(1);
    assertThat(d.withUnknownKeys(UnknownKeys.IGNORE).unknownKeys()).isEqualTo(UnknownKeys.IGNORE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> d.withMaxDocumentLength(0))
        .withMessage("maxDocumentLength must be at least 1, not 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> d.withMaxDepth(0))
        .withMessage("maxDepth must be between 1 and 1000, not 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> d.withMaxDepth(1001))
        .withMessage("maxDepth must be between 1 and 1000, not 1001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> d.withMaxStringLength(0))
        .withMessage("maxStringLength must be at least 1, not 0");
  }
}
