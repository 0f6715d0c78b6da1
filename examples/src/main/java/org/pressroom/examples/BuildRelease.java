package org.pressroom.examples;

import java.net.URI;
import java.time.LocalDateTime;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.Release;
import org.pressroom.json.ReleaseWriter;

/**
 * Builds a release in code and prints its canonical JSON, ready for any reader of the export
 * format.
 */
public final class BuildRelease {
  private BuildRelease() {}

  /**
   * Builds the release and prints it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Release release =
        Release.builder()
            .title("Pressroom 1.0 is out")
            .subtitle("A strict reader and a canonical writer for newsroom exports")
            .modifiedAt(LocalDateTime.of(2026, 6, 10, 10, 26, 21))
            .publishedAt(LocalDateTime.of(2026, 6, 10, 10, 29, 0))
            .url(URI.create("https://press.example.com/pressroom-1-0"))
            .culture(Culture.of("en"))
            .language("EN")
            .slug("pressroom-1-0")
            .body("<p>Pressroom reads, checks and writes press releases.</p>")
            .addContact(
                Contact.builder("Ada Example")
                    .description("Press officer")
                    .email("press@example.com")
                    .telephone("+32 2 123 45 67")
                    .build())
            .author(new Author("Ada", "Example"))
            .build(); // checks every rule of the format: a Release that exists can always be
    // written

    // The canonical writer is shared and thread-safe; it writes keys in the format's order, 4-space
    // indented.
    String json = ReleaseWriter.canonical().write(release);
    System.out.println(json);
  }
}
