package org.pressroom.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintStream;
import java.io.Writer;

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

  /**
   * {@return a writer into this output that puts {@code indent} after every newline}, buffered and
   * flushed on {@link Writer#flush()}; the JSON of a release or a body is streamed through it
   * rather than built as one string, so that huge bodies need no second copy in memory
   */
  Writer indenting(String indent) {
    return new Writer() {
      private final StringBuilder buffer = new StringBuilder(8192);

      @Override
      public void write(char[] cbuf, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
          char c = cbuf[i];
          buffer.append(c);
          if (c == '\n') {
            buffer.append(indent);
          }
        }
        if (buffer.length() >= 8192) {
          drain();
        }
      }

      private void drain() {
        print(buffer.toString());
        buffer.setLength(0);
      }

      @Override
      public void flush() {
        drain();
        stream.flush();
      }

      @Override
      public void close() {
        flush();
      }
    };
  }
}
