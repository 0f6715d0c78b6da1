package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, bounded descriptions of what the reader found, and Jackson's messages rephrased for
 * people.
 */
final class Messages {
  /** Quoted input is cut to this many characters. */
  static final int SNIPPET = 40;

  /** No reason is longer than this. */
  static final int MAX_REASON = 200;

  private Messages() {}

  /** {@return the text, escaped for display and cut to {@link #SNIPPET} characters} */
  static String snippet(String text) {
    StringBuilder sb = new StringBuilder();
    int n = Math.min(text.length(), SNIPPET);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (text.length() > SNIPPET) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * {@return the current token described for a message: {@code the string "5"}, {@code an object}}
   */
  static String found(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case VALUE_STRING -> "the string \"" + snippet(p.getText()) + "\"";
      case VALUE_NUMBER_INT -> "the integer " + snippet(p.getText());
      case VALUE_NUMBER_FLOAT -> "the number " + snippet(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "'}'";
      case END_ARRAY -> "']'";
      case FIELD_NAME -> "the key \"" + snippet(p.currentName()) + "\"";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /** Rephrases a Jackson syntax error message (without location) for a person. */
  static String syntax(String original, int lineOffset) {
    String m = original;
    // "(start marker at [Source: ...; line: 1, column: 1])" -> "(opened at line 1, column 1)"
    int src = m.indexOf("[Source:");
    if (src >= 0) {
      int ln = m.indexOf("line: ", src);
      int close = m.indexOf(']', src);
      int open = m.lastIndexOf('(', src);
      if (ln > 0 && close > ln) {
        String where =
            m.substring(ln, close).replace("line: ", "line ").replace("column: ", "column ");
        int comma = where.indexOf(',');
        if (lineOffset != 0 && comma > 5) {
          try {
            where =
                "line "
                    + (Integer.parseInt(where.substring(5, comma)) + lineOffset)
                    + where.substring(comma);
          } catch (NumberFormatException e) {
            // keep Jackson's numbers
          }
        }
        String head = m.substring(0, open >= 0 ? open : src).trim();
        String tail = m.substring(close + 1).trim();
        if (tail.startsWith(")")) {
          tail = tail.substring(1).trim();
        }
        m = head + " (opened at " + where + ")" + (tail.isEmpty() ? "" : " " + tail);
      }
    }
    if (m.startsWith("Unexpected character (")) {
      // Unexpected character ('}' (code 125)): was expecting double-quote to start field name
      int q1 = m.indexOf('\'');
      int q2 = m.indexOf("' (code");
      int expecting = m.indexOf("): ");
      if (q1 > 0 && q2 > q1 && expecting > q2) {
        String ch = m.substring(q1 + 1, q2);
        String rest = m.substring(expecting + 3);
        String middle = m.substring(q2, expecting);
        String in = middle.contains(") in numeric value") ? " in a number" : "";
        rest = rest.replace("was expecting ", "");
        if (rest.startsWith("expected ")) {
          rest = rest.substring("expected ".length());
        }
        return cap("expected " + rest + ", found " + describeChar(ch) + in);
      }
    }
    if (m.startsWith("Unrecognized token '") || m.startsWith("Non-standard token '")) {
      int q1 = m.indexOf('\'');
      int q2 = m.indexOf("':", q1 + 1);
      if (q2 > q1) {
        return cap(
            "expected a JSON value (string, number, object, array, true, false or null), found '"
                + snippet(m.substring(q1 + 1, q2))
                + "'");
      }
    }
    if (m.startsWith("Illegal unquoted character ((CTRL-CHAR, code ")) {
      int start = "Illegal unquoted character ((CTRL-CHAR, code ".length();
      int end = m.indexOf(')', start);
      try {
        int code = Integer.parseInt(m.substring(start, end));
        return String.format(
            "control character U+%04X in a string: it must be written as an escape (\\n, \\t, \\u%04x)",
            code, code);
      } catch (RuntimeException e) {
        // fall through to the generic cleaning
      }
    }
    if (m.startsWith("Illegal character ((CTRL-CHAR, code ")) {
      int start = "Illegal character ((CTRL-CHAR, code ".length();
      int end = m.indexOf(')', start);
      try {
        int code = Integer.parseInt(m.substring(start, end));
        return String.format(
            "expected whitespace or a JSON value, found control character U+%04X", code);
      } catch (RuntimeException e) {
        // fall through
      }
    }
    if (m.startsWith("Invalid numeric value: Leading zeroes not allowed")) {
      return "invalid number: leading zeros are not allowed";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      m = "unexpected end of input" + m.substring("Unexpected end-of-input".length());
    }
    // Jackson names its own switches ("enable `JsonReadFeature...` to allow"); they mean nothing to
    // our users
    int hint = m.indexOf(": enable `");
    if (hint < 0) {
      hint = m.indexOf("; enable `");
    }
    if (hint > 0) {
      m = m.substring(0, hint) + " (not allowed in JSON)";
    }
    int feature = m.indexOf(" (consider enabling");
    if (feature > 0) {
      m = m.substring(0, feature);
    }
    m = codePoints(m).replace("(CTRL-CHAR, code ", "(control character ");
    if (!m.isEmpty()
        && Character.isUpperCase(m.charAt(0))
        && (m.length() < 2 || !Character.isUpperCase(m.charAt(1)))) {
      m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
    return cap(m);
  }

  /** Jackson gives a character's code in decimal, "(code 120)": written as "(U+0078)". */
  private static String codePoints(String m) {
    Matcher code = CODE.matcher(m);
    StringBuilder sb = new StringBuilder();
    while (code.find()) {
      code.appendReplacement(sb, String.format("(U+%04X)", Integer.parseInt(code.group(1))));
    }
    code.appendTail(sb);
    return sb.toString();
  }

  private static final Pattern CODE = Pattern.compile("\\(code (\\d{1,7})\\)");

  private static String describeChar(String ch) {
    if (ch.length() == 1 && ch.charAt(0) < 0x20) {
      return String.format("control character U+%04X", (int) ch.charAt(0));
    }
    if (ch.startsWith("(CTRL-CHAR")) {
      return "a control character";
    }
    return "'" + snippet(ch) + "'";
  }

  static String cap(String reason) {
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 3) + "...";
  }
}
