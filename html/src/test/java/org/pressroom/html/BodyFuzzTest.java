package org.pressroom.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The body parser and the four renderers on arbitrary strings and on mutated real bodies, with
 * Jazzer.
 *
 * <p>In the normal build ({@code JAZZER_FUZZ} unset) each target runs once per file of its seed
 * corpus under {@code src/test/resources/org/pressroom/html/BodyFuzzTestInputs/<method>/} (where
 * fixed findings go too). To fuzz for real, one target at a time: {@code JAZZER_FUZZ=1 ./mvnw -pl
 * html -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=BodyFuzzTest#parsesMutatedBodies
 * -Djazzer.max_duration=5m}.
 *
 * <p>Properties, for every input:
 *
 * <ul>
 *   <li>parsing returns a body, and not the parser's last-resort empty body (it catches its own
 *       runtime exceptions and stack overflows and reports "body could not be modelled": that is a
 *       bug, found here);
 *   <li>each renderer returns a string, and rendering into an appendable gives the same string;
 *   <li>the body JSON is one well-formed JSON object with the four contract keys (checked with
 *       jackson-core, with no nesting limit: a body at the parser's depth limit nests deeper than
 *       jackson's default of 1000);
 *   <li>text, both ways that are sound on any markup: the plain-text rendering holds every word of
 *       every block's text in order (BodyRenderer.text()'s contract), and the model invents no text
 *       and keeps its order: {@link Body#text()} is a subsequence of the input's decoded text
 *       (jsoup's), whitespace, control and format characters left out on both sides. A subsequence
 *       and not a substring per word, because the model rightly drops some text between two runs
 *       (the bullet of a Word list paragraph, found by the fuzzer). The stronger "every visible
 *       word of the input is in the model" depends on what counts as visible; the corpus tests
 *       measure it on real bodies.
 * </ul>
 */
class BodyFuzzTest {
  private static final String LAST_RESORT = "body could not be modelled";
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
          .build();
  private static final BodyParser DEFAULT = BodyParser.create();
  private static final BodyParser BASED =
      BodyParser.create(
          ParseOptions.defaults()
              .withBaseUri(URI.create("https://press.example.org/news/a/b?x=1")));

  /** Real bodies (the seed body and fixtures), mutated byte-wise and read as UTF-8. */
  @FuzzTest(maxDuration = "5m")
  void parsesMutatedBodies(byte[] data) {
    String html = new String(data, StandardCharsets.UTF_8);
    check(html, DEFAULT);
    check(html, BASED);
  }

  /** Any string (lone surrogates included), under options the fuzzer picks. */
  @FuzzTest(maxDuration = "5m")
  void parsesArbitraryStrings(FuzzedDataProvider data) {
    ParseOptions options =
        ParseOptions.defaults()
            .withDetectHeadings(data.consumeBoolean())
            .withMaxDepth(data.consumeInt(1, 300))
            .withMaxIssues(data.consumeInt(1, 200));
    if (data.consumeBoolean()) {
      options = options.withBaseUri(URI.create("https://example.org/dir/page.html"));
    }
    check(data.consumeRemainingAsString(), BodyParser.create(options));
  }

  static void check(String html, BodyParser parser) {
    Body body = parser.parse(html);
    for (BodyIssue issue : body.issues()) {
      assertThat(issue.message())
          .as("the parser's last resort was taken")
          .doesNotStartWith(LAST_RESORT);
    }
    String text = render(BodyRenderer.text(), body);
    render(BodyRenderer.markdown(), body);
    render(BodyRenderer.html(), body);
    wellFormedBodyJson(render(BodyRenderer.json(), body));

    List<String> rendered = words(text);
    int at = 0;
    for (Block block : body.blocks()) {
      for (String word : words(block.text())) {
        while (at < rendered.size() && !rendered.get(at).equals(word)) {
          at++;
        }
        assertThat(at)
            .as("word %s of block text in order in the text rendering", word)
            .isLessThan(rendered.size());
        at++;
      }
    }

    String input = stripSpaces(Jsoup.parseBodyFragment(html).body().text());
    String model = stripSpaces(body.text());
    int from = 0;
    for (int i = 0; i < model.length(); i++) {
      from = input.indexOf(model.charAt(i), from);
      assertThat(from)
          .as("the model's text, in order, is in the input's; lost at %s", model.substring(i))
          .isNotNegative();
      from++;
    }
  }

  private static String render(BodyRenderer renderer, Body body) {
    String out = renderer.render(body);
    StringBuilder sb = new StringBuilder();
    try {
      renderer.render(body, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(sb.toString()).as("streaming and string rendering agree").isEqualTo(out);
    return out;
  }

  private static void wellFormedBodyJson(String json) {
    List<String> keys = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inRoot()) {
          keys.add(p.currentName());
        }
      }
    } catch (IOException e) {
      throw new AssertionError("body JSON is not well-formed: " + e.getMessage(), e);
    }
    assertThat(keys).containsExactly("blocks", "dateline", "links", "issues");
  }

  /** Whitespace as the model counts it and more (Unicode spaces, no-break ones included). */
  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Control and format characters (C0/C1 controls, soft hyphens, zero-width spaces) are left out of
   * both sides: the model keeps them as they are in the DOM, jsoup's {@code text()} drops some of
   * them, and neither is a word's letter.
   */
  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static List<String> words(String text) {
    String s = dropInvisible(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || isSpace(s.charAt(i));
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static String dropInvisible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isInvisible(s.charAt(i)) || isSpace(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  private static String stripSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i)) && !isInvisible(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
