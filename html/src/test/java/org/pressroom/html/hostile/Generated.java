package org.pressroom.html.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expands a {@code .gen} descriptor into the (often huge) input it stands for, so that a hostile
 * input is one small file. Lines: {@code # comment}, {@code text S} (appends S), {@code repeat N S}
 * (appends S N times); in S, {@code \}{@code uXXXX} is a UTF-16 code unit (so lone surrogates and
 * NUL can be written) and {@code \\} a backslash.
 */
public final class Generated {
  private Generated() {}

  /** {@return the input described by the file} */
  public static String expand(Path descriptor) {
    try {
      return expand(Files.readString(descriptor, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the input described by the descriptor text} */
  public static String expand(String descriptor) {
    StringBuilder out = new StringBuilder();
    for (String line : descriptor.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("text ")) {
        out.append(unescape(line.substring(5)));
      } else if (line.startsWith("repeat ")) {
        int space = line.indexOf(' ', 7);
        int times = Integer.parseInt(line.substring(7, space));
        out.append(unescape(line.substring(space + 1)).repeat(times));
      } else {
        throw new IllegalArgumentException("not a descriptor line: " + line);
      }
    }
    return out.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
