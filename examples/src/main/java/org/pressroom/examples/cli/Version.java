package org.pressroom.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, as the build wrote it into {@code version.properties}. */
final class Version {
  private static final String RESOURCE = "version.properties";

  private Version() {}

  /** {@return the version, such as {@code 0.1.0}, or {@code unknown} if the build wrote none} */
  static String current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = p.getProperty("version", "unknown");
    return v.isBlank() || v.startsWith("${") ? "unknown" : v;
  }
}
