package org.pressroom.examples;

import java.io.IOException;
import java.util.Locale;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;

/**
 * Renders the body of a release as Markdown, clean HTML, plain text or the body JSON.
 *
 * <p>Run it with a format ({@code markdown}, {@code html}, {@code text} or {@code json}) and
 * optionally a release file; without a file it renders the sample release bundled with the
 * examples:
 *
 * <pre>
 * java -cp examples/target/pressroom.jar org.pressroom.examples.RenderBody markdown some.release.json
 * </pre>
 */
public final class RenderBody {
  private RenderBody() {}

  /**
   * Renders the body and prints it.
   *
   * @param args the format ({@code markdown} when absent), then an optional path to a release file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String format = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "markdown";
    // The four renderers are stateless, thread-safe singletons.
    BodyRenderer renderer =
        switch (format) {
          case "markdown" -> BodyRenderer.markdown(); // CommonMark
          case "html" ->
              BodyRenderer.html(); // a fixed set of elements and attributes, safe URLs only
          case "text" -> BodyRenderer.text();
          case "json" -> BodyRenderer.json(); // the stable body JSON
          default -> null;
        };
    if (renderer == null) {
      System.err.println("unknown format " + format + "; use markdown, html, text or json");
      return;
    }

    Release release = ParseBody.readRelease(args, 1);
    if (release == null) {
      return;
    }
    Body body = BodyParser.create().parse(release);
    System.out.println(renderer.render(body));
  }
}
