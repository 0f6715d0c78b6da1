package org.pressroom.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyParser;
import org.pressroom.html.Embed;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.Paragraph;
import org.pressroom.html.ParseOptions;

/**
 * Images and embeds: where their source comes from, which ones are dropped and with what issue; the
 * size limit.
 */
class MediaAndLimitsTest {
  private static Body parse(String html) {
    return BodyParser.create().parse(html);
  }

  /** The source of the one image in the body, as a block or inline in a paragraph. */
  private static String imageSource(Body body) {
    assertThat(body.blocks()).hasSize(1);
    Block b = body.blocks().get(0);
    if (b instanceof Image) {
      return ((Image) b).src();
    }
    List<Inline> content = ((Paragraph) b).content();
    assertThat(content).hasSize(1);
    return ((InlineImage) content.get(0)).src();
  }

  @Test
  void anImageWithoutASourceIsDroppedWithAnIssue() {
    Body body = parse("<img alt=x>");
    assertThat(body.blocks()).isEmpty();
    assertThat(body.issues())
        .containsExactly(
            new BodyIssue(
                BodyIssue.Kind.UNSUPPORTED_MARKUP,
                "image without a source dropped",
                "<img alt=\"x\">"));
  }

  @Test
  void aLazyImageTakesItsDataSource() {
    Body body = parse("<img data-src=' https://example.com/a.png '>");
    assertThat(imageSource(body)).isEqualTo("https://example.com/a.png");
    assertThat(body.issues()).isEmpty();
  }

  @Test
  void aScriptImageIsDroppedButADataImageIsKept() {
    Body unsafe = parse("<img src='javascript:alert(1)'>");
    assertThat(unsafe.blocks()).isEmpty();
    assertThat(unsafe.issues())
        .containsExactly(
            new BodyIssue(
                BodyIssue.Kind.UNSAFE_LINK,
                "image with an unsafe source dropped",
                "javascript:alert(1)"));
    assertThat(imageSource(parse("<img src='data:image/png;base64,AAAA'>")))
        .isEqualTo("data:image/png;base64,AAAA");
  }

  @Test
  void embedsTakeTheirSourceFromSrcDataOrASourceChild() {
    assertThat(parse("<iframe src='https://www.youtube.com/embed/x'></iframe>").blocks())
        .containsExactly(new Embed("https://www.youtube.com/embed/x"));
    assertThat(parse("<object data='https://example.com/x.swf'></object>").blocks())
        .containsExactly(new Embed("https://example.com/x.swf"));
    assertThat(
            parse("<video><source src=''><source src='https://example.com/v.mp4'></video>")
                .blocks())
        .containsExactly(new Embed("https://example.com/v.mp4"));
    assertThat(
            BodyParser.create(
                    ParseOptions.defaults()
                        .withBaseUri(java.net.URI.create("https://example.com/news/")))
                .parse("<audio src='a.mp3'></audio>")
                .blocks())
        .containsExactly(new Embed("https://example.com/news/a.mp3"));
  }

  @Test
  void embedsWithoutASourceOrWithAnUnsafeOneAreDroppedWithAnIssue() {
    Body none = parse("<iframe></iframe>");
    assertThat(none.blocks()).isEmpty();
    assertThat(none.issues())
        .containsExactly(
            new BodyIssue(
                BodyIssue.Kind.UNSUPPORTED_MARKUP, "iframe without a source dropped", "<iframe>"));
    Body data = parse("<iframe src='data:text/html,x'></iframe>");
    assertThat(data.blocks()).isEmpty();
    assertThat(data.issues())
        .containsExactly(
            new BodyIssue(
                BodyIssue.Kind.UNSAFE_LINK,
                "iframe with an unsafe source dropped",
                "data:text/html,x"));
  }

  @Test
  void aBodyLongerThanTheInputLimitIsNotParsed() {
    BodyParser parser = BodyParser.create(ParseOptions.defaults().withMaxInputLength(10));
    assertThat(parser.parse("<p>abc</p>").blocks()).hasSize(1);
    Body tooLong = parser.parse("<p>abcd</p>");
    assertThat(tooLong.blocks()).isEmpty();
    assertThat(tooLong.issues())
        .containsExactly(
            new BodyIssue(
                BodyIssue.Kind.SIZE_LIMIT,
                "body of 11 characters is longer than maxInputLength 10",
                ""));
  }
}
