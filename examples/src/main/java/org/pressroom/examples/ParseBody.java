package org.pressroom.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.BodyParser;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Heading;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/**
 * Parses the HTML body of a release into the typed body model and prints what it found: the
 * dateline, the outline (headings), the contacts and the links.
 *
 * <p>Run it with a release file, or without arguments to parse the body of the sample release
 * bundled with the examples:
 *
 * <pre>
 * java -cp examples/target/pressroom.jar org.pressroom.examples.ParseBody some.release.json
 * </pre>
 */
public final class ParseBody {
  private ParseBody() {}

  /**
   * Parses the body and prints it.
   *
   * @param args an optional path to a release file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Release release = readRelease(args, 0);
    if (release == null) {
      return;
    }

    // A parser is immutable and thread-safe: make it once and share it. Parsing never throws on bad
    // markup; what it
    // worked around is listed in body.issues(). Relative links resolve against the release's url.
    BodyParser parser = BodyParser.create();
    Body body = parser.parse(release);

    System.out.println(release.title());
    System.out.println(body.blocks().size() + " blocks, " + body.wordCount() + " words");

    Dateline dateline = body.dateline(); // null when the lead paragraph has no "CITY, date -"
    if (dateline != null) {
      LocalDate date = dateline.date(); // null for a wire's dateline without a date
      System.out.println("dateline: " + dateline.location() + (date == null ? "" : " / " + date));
    }

    System.out.println("outline:");
    for (Heading heading : body.headings()) {
      // An inferred heading was a short, fully bold paragraph in the HTML rather than an <h1>-<h6>.
      System.out.println(
          "  h"
              + heading.level()
              + " "
              + heading.text()
              + (heading.inferred() ? " (inferred)" : ""));
    }

    System.out.println("contacts:");
    for (ContactBlock block : body.contacts()) {
      Contact contact = block.contact();
      StringBuilder line =
          new StringBuilder("  ")
              .append(block.origin().jsonName())
              .append(": ")
              .append(contact.name());
      if (contact.email() != null) {
        line.append(" <").append(contact.email()).append('>');
      }
      System.out.println(line);
    }

    System.out.println("links:");
    for (BodyLink link : body.links()) {
      System.out.println("  " + link.kind().jsonName() + " " + link.href());
    }

    for (BodyIssue issue : body.issues()) {
      System.out.println("issue: " + issue.kind().jsonName() + ": " + issue.message());
    }
  }

  /**
   * Reads the release in the file {@code args[at]}, or the sample bundled with the examples when
   * there is no such argument.
   *
   * @return the release, or null when it is not valid (said on standard error)
   */
  static @Nullable Release readRelease(String[] args, int at) throws IOException {
    ReleaseReader reader = ReleaseReader.strict();
    try {
      if (args.length > at) {
        return reader.read(Path.of(args[at]));
      }
      try (InputStream in =
          Objects.requireNonNull(
              ParseBody.class.getResourceAsStream("sample.release.json"), "bundled sample")) {
        return reader.read(in);
      }
    } catch (ReadException e) {
      System.err.println("not a valid release: " + e.getMessage());
      return null;
    }
  }
}
