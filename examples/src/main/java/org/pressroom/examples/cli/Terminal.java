package org.pressroom.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is a terminal, or piped or redirected into the tool. */
final class Terminal {
  private static final int FILE_TYPE = 0170000;
  private static final int CHARACTER_DEVICE = 0020000;

  private Terminal() {}

  /**
   * {@return whether standard input is piped or redirected}: on Unix, whether it is anything other
   * than a character device (a terminal, or {@code /dev/null}); elsewhere, whether the JVM has no
   * console. Java 17 has no direct test for a terminal on standard input.
   */
  static boolean stdinIsPiped() {
    try {
      Object mode = Files.getAttribute(Path.of("/dev/stdin"), "unix:mode");
      if (mode instanceof Integer bits) {
        return (bits & FILE_TYPE) != CHARACTER_DEVICE;
      }
    } catch (IOException | RuntimeException e) {
      // Not Unix, or no /dev/stdin: fall back on the console below.
    }
    return System.console() == null;
  }
}
