package org.pressroom.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.pressroom.Contact;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReleaseReader;

/**
 * Reads one release strictly and prints its title and contacts.
 *
 * <p>Run it with a file, or without arguments to read the sample release bundled with the examples:
 *
 * <pre>
 * java -cp examples/target/pressroom.jar org.pressroom.examples.ReadRelease some.release.json
 * </pre>
 */
public final class ReadRelease {
  private ReadRelease() {}

  /**
   * Reads the release and prints it.
   *
   * @param args an optional path to a release file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // A reader is immutable and thread-safe: make it once and share it.
    ReleaseReader reader = ReleaseReader.strict();
    Release release;
    try {
      if (args.length > 0) {
        release = reader.read(Path.of(args[0]));
      } else {
        try (InputStream in =
            Objects.requireNonNull(
                ReadRelease.class.getResourceAsStream("sample.release.json"), "bundled sample")) {
          release = reader.read(in);
        }
      }
    } catch (ReadException e) {
      // Every error says where: the JSON Pointer of the value, and the line and column.
      System.err.println("not a valid release: " + e.getMessage());
      return;
    }

    System.out.println(release.title());
    for (Contact contact : release.contacts()) {
      StringBuilder line = new StringBuilder("  ").append(contact.name());
      if (contact.email() != null) {
        line.append(" <").append(contact.email()).append('>');
      }
      String phone = contact.telephone() != null ? contact.telephone() : contact.mobile();
      if (phone != null) {
        line.append(", ").append(phone);
      }
      System.out.println(line);
    }
  }
}
