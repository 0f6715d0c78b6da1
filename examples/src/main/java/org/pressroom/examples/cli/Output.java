package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintStream;

/**
 * Writes text to a stream as UTF-8, whatever the platform's default charset or the stream's own
 * charset, with {@code \n} line ends on every platform so that the output is the same everywhere.
 */
final class Output {
  private final PrintStream stream;

  Output(PrintStream stream) {
    this.stream = stream;
  }

  void print(String text) {
    byte[] bytes = text.getBytes(UTF_8);
    stream.write(bytes, 0, bytes.length);
  }

  void line(String text) {
    print(text + "\n");
  }

  void flush() {
    stream.flush();
  }
}
