package org.pressroom.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.pressroom.json.ReadException;

/**
 * The one-line diagnostics the tool prints; each names the file as it was given on the command
 * line.
 */
final class Diagnostics {
  /** Longest message echoed from an exception, so a diagnostic stays one readable line. */
  private static final int MAX_MESSAGE = 300;

  private Diagnostics() {}

  /**
   * {@return {@code FILE:LINE:COLUMN: POINTER: MESSAGE}}, or {@code FILE:LINE:COLUMN: MESSAGE} when
   * the error is in no value. The root pointer (the empty string) is printed as {@code ""}, since
   * RFC 6901's {@code /} means the key {@code ""}. Without a known line, the location is left out:
   * {@code FILE: POINTER: MESSAGE}.
   */
  static String readError(String file, ReadException e) {
    StringBuilder sb = new StringBuilder(file);
    if (e.line() > 0) {
      sb.append(':').append(e.line()).append(':').append(e.column());
    }
    sb.append(": ");
    String pointer = e.pointer();
    if (pointer != null) {
      sb.append(pointer.isEmpty() ? "\"\"" : oneLine(pointer)).append(": ");
    }
    return sb.append(oneLine(e.reason())).toString();
  }

  /** {@return {@code FILE: cannot read: WHY}} */
  static String unreadable(String file, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return unreadable(file, why);
  }

  /** {@return {@code FILE: cannot read: WHY}} */
  static String unreadable(String file, String why) {
    return file + ": cannot read: " + oneLine(why);
  }

  /**
   * {@return {@code FILE: internal error: CLASS: MESSAGE}} for a failure that is a bug rather than
   * bad input, such as a stack overflow; never a stack trace}
   */
  static String internalError(String file, Throwable t) {
    return file + ": " + internalError(t);
  }

  /** {@return {@code internal error: CLASS: MESSAGE}} */
  static String internalError(Throwable t) {
    String message = t.getMessage();
    return "internal error: "
        + t.getClass().getName()
        + (message == null ? "" : ": " + oneLine(message));
  }

  /** {@return {@code FILE: warning: MESSAGE}} */
  static String warning(String file, String message) {
    return file + ": warning: " + oneLine(message);
  }

  /**
   * {@return the text with control characters escaped as {@code \\uXXXX} and cut to a bounded
   * length}
   */
  static String oneLine(String text) {
    return escape(text, MAX_MESSAGE);
  }

  /**
   * {@return the text with control characters escaped as {@code \\uXXXX}, so that it stays on one
   * line}
   */
  static String escapeControls(String text) {
    return escape(text, Integer.MAX_VALUE);
  }

  private static String escape(String text, int max) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (sb.length() >= max) {
        return sb.append("...").toString();
      }
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
