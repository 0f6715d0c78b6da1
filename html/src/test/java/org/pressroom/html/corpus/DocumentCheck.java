package org.pressroom.html.corpus;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;
import org.pressroom.html.ParseOptions;

/**
 * What every real document must satisfy: parsing and the four renderers do not throw, at least
 * {@value #MIN_RATIO} of the visible words are kept in order ({@link TextConservation}), and the
 * snippets its expectations name ({@code text_startswith}, {@code text_endswith}, {@code
 * must_contain}) are in the model's text, whitespace collapsed. {@code must_not_contain} is not
 * checked: the parser models whole pages, navigation included.
 */
final class DocumentCheck {
  static final double MIN_RATIO = 0.99;
  static final URI DEFAULT_BASE = URI.create("https://corpus.example.org/document");

  private DocumentCheck() {}

  static void check(String name, String html, Map<?, ?> expectations) {
    URI base = DEFAULT_BASE;
    if (expectations != null && expectations.get("source_url") instanceof String) {
      base = URI.create((String) expectations.get("source_url"));
    }
    Body body = BodyParser.create(ParseOptions.defaults().withBaseUri(base)).parse(html);
    SoftAssertions soft = new SoftAssertions();
    for (String renderer : List.of("json", "text", "markdown", "html")) {
      soft.assertThatCode(() -> renderer(renderer).render(body))
          .as("%s: BodyRenderer.%s() on the body", name, renderer)
          .doesNotThrowAnyException();
    }

    TextConservation.Result kept =
        TextConservation.measure(
            TextConservation.inputWords(html), TextConservation.modelWords(body));
    System.out.printf("text conservation: %s: %s%n", name, kept);
    soft.assertThat(kept.ratio()).as("%s: %s", name, kept).isGreaterThanOrEqualTo(MIN_RATIO);

    String text = TextConservation.modelText(body);
    for (String snippet : snippets(expectations)) {
      soft.assertThat(text)
          .as("%s: model text contains the snippet", name)
          .contains(TextConservation.collapse(snippet));
    }
    soft.assertAll();
  }

  private static BodyRenderer renderer(String name) {
    switch (name) {
      case "json":
        return BodyRenderer.json();
      case "text":
        return BodyRenderer.text();
      case "markdown":
        return BodyRenderer.markdown();
      default:
        return BodyRenderer.html();
    }
  }

  static List<String> snippets(Map<?, ?> expectations) {
    List<String> out = new ArrayList<>();
    if (expectations == null) {
      return out;
    }
    for (String key : List.of("text_startswith", "text_endswith")) {
      if (expectations.get(key) instanceof String) {
        out.add((String) expectations.get(key));
      }
    }
    if (expectations.get("must_contain") instanceof List) {
      for (Object o : (List<?>) expectations.get("must_contain")) {
        out.add((String) o);
      }
    }
    return out;
  }
}
