package org.pressroom.html.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ParseOptions;

/**
 * Hostile input: deep nesting, many breaks, huge attributes, size and issue limits. Surefire runs
 * with -Xss512k.
 */
class LimitsTest {
  private static final BodyParser PARSER = BodyParser.create();

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void hundredThousandNestedDivsKeepTheirTextWithADepthIssue() {
    String html = "<div>".repeat(100_000) + "deep words" + "</div>".repeat(100_000);
    Body body = PARSER.parse(html);
    assertThat(body.text()).isEqualTo("deep words");
    assertThat(body.issues())
        .extracting(BodyIssue::kind)
        .containsExactly(BodyIssue.Kind.DEPTH_LIMIT);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void deepMixedInlineAndBlockNestingAtTheHighestLimitDoesNotOverflow() {
    String html =
        "<blockquote><ul><li><b><table><tr><td><a href='https://x.org'><span>".repeat(20_000) + "x";
    Body body = BodyParser.create(ParseOptions.defaults().withMaxDepth(100_000)).parse(html);
    assertThat(body.text()).contains("x");
  }

  @Test
  void deepTextIsKeptInOrderBelowTheLimit() {
    String html = "<p>a" + "<span>".repeat(10) + "b" + "</span>".repeat(10) + "c</p>";
    Body body = BodyParser.create(ParseOptions.defaults().withMaxDepth(4)).parse(html);
    assertThat(body.text()).isEqualTo("abc");
    assertThat(body.issues())
        .extracting(BodyIssue::kind)
        .containsExactly(BodyIssue.Kind.DEPTH_LIMIT);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void megabyteAttributeIsHandled() {
    String big = "x".repeat(1 << 20);
    Body body =
        PARSER.parse(
            "<p title='"
                + big
                + "'>t</p><a href='javascript:"
                + big
                + "'>j</a>"
                + "<a href='https://x.org/"
                + big
                + "'>w</a>");
    assertThat(body.text()).isEqualTo("t\njw");
    assertThat(body.links()).hasSize(1);
    assertThat(body.issues())
        .singleElement()
        .satisfies(i -> assertThat(i.where().length()).isLessThan(100));
  }

  @Test
  void inputOverTheSizeLimitGivesAnEmptyBodyAndAnIssue() {
    Body body =
        BodyParser.create(ParseOptions.defaults().withMaxInputLength(10))
            .parse("<p>0123456789</p>");
    assertThat(body.blocks()).isEmpty();
    assertThat(body.issues())
        .extracting(BodyIssue::kind)
        .containsExactly(BodyIssue.Kind.SIZE_LIMIT);
  }

  @Test
  void issuesAreCappedWithATooManyIssuesMarker() {
    String html = "<a href='javascript:x'>j</a>".repeat(10);
    Body body = BodyParser.create(ParseOptions.defaults().withMaxIssues(3)).parse(html);
    assertThat(body.issues())
        .extracting(BodyIssue::kind)
        .containsExactly(
            BodyIssue.Kind.UNSAFE_LINK, BodyIssue.Kind.UNSAFE_LINK, BodyIssue.Kind.TOO_MANY_ISSUES);
  }

  /**
   * The parser catches its own failures as a last resort and reports them as {@link
   * BodyIssue.Kind#INTERNAL_ERROR}; garbage must neither throw nor meet that net.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "<",
        "</p></div>",
        "<table><td>x",
        "<<<>>>&&&;",
        "<a href>x</a>",
        "<svg><p>x</svg>",
        "\u0000\uFFFF\uD800",
        "<li><li><ul><li>",
        "<img src=''>"
      })
  void garbageNeverThrows(String html) {
    assertThatCode(() -> PARSER.parse(html)).as(html).doesNotThrowAnyException();
    assertThat(PARSER.parse(html).issues())
        .extracting(BodyIssue::kind)
        .doesNotContain(BodyIssue.Kind.INTERNAL_ERROR);
  }
}
