package org.pressroom.examples;

import java.io.IOException;
import java.time.ZoneId;
import org.pressroom.Release;
import org.pressroom.export.ExportFormat;
import org.pressroom.export.ExportOptions;
import org.pressroom.export.ReleaseExporter;
import org.pressroom.html.Body;
import org.pressroom.html.BodyJsonReader;
import org.pressroom.html.BodyParser;
import org.pressroom.html.BodyRenderer;

/**
 * Writes a release in the forms other tools speak: IPTC ninjs 3.1, schema.org NewsArticle JSON-LD
 * (here inside the {@code <script>} element a web page would carry) or a Prezly content document;
 * and reads the body JSON back.
 *
 * <p>Run it with a form ({@code ninjs}, {@code jsonld}, {@code prezly} or {@code readback}) and
 * optionally a release file; without a file it uses the sample release bundled with the examples.
 * Timestamps are read in Brussels time:
 *
 * <pre>
 * java -cp examples/target/pressroom.jar org.pressroom.examples.ExportRelease jsonld some.release.json
 * </pre>
 */
public final class ExportRelease {
  private ExportRelease() {}

  /**
   * Exports the release and prints the result.
   *
   * @param args the form ({@code ninjs} when absent), then an optional path to a release file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String form = args.length > 0 ? args[0] : "ninjs";
    Release release = ParseBody.readRelease(args, 1);
    if (release == null) {
      return;
    }
    // The export's timestamps have no zone: say in which zone they were written (UTC by default).
    ReleaseExporter exporter =
        ReleaseExporter.create(ExportOptions.defaults().withZone(ZoneId.of("Europe/Brussels")));
    Body body = BodyParser.create().parse(release);
    switch (form) {
      case "ninjs" -> System.out.println(exporter.write(ExportFormat.NINJS, release, body));
      case "jsonld" -> {
        // Safe inside a script element: the JSON-LD escapes < > & so nothing can close it early.
        System.out.println("<script type=\"application/ld+json\">");
        System.out.println(exporter.write(ExportFormat.JSON_LD, release, body));
        System.out.println("</script>");
      }
      case "prezly" -> System.out.println(exporter.write(ExportFormat.PREZLY, release, body));
      case "readback" -> {
        // Another tool hands back body JSON: read it strictly, and get the same body JSON again.
        String json = BodyRenderer.json().render(body);
        Body again = BodyJsonReader.strict().read(json);
        System.out.println(
            BodyRenderer.json().render(again).equals(json)
                ? "read back " + again.blocks().size() + " blocks: the same body JSON"
                : "read back a different body");
      }
      default ->
          System.err.println("unknown form " + form + "; use ninjs, jsonld, prezly or readback");
    }
  }
}
