package org.pressroom.html.internal;

/**
 * Escaping for CommonMark: text that never turns into markup, link destinations and titles that
 * read back as written.
 */
final class MarkdownEscapes {
  private MarkdownEscapes() {}

  /** Escapes text so that CommonMark reads it back as the same literal text. */
  static void escapeText(String s, StringBuilder sb, boolean lineStart) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean atStart = lineStart && i == 0;
      switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '~':
          sb.append('\\').append(c);
          break;
        case '-':
        case '+':
        case '=':
          if (atStart) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '!':
          if (i == n - 1) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '&':
          if (startsEntity(s, i)) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        case '.':
        case ')':
          if (lineStart && i > 0 && i <= 9 && allDigits(s, 0, i)) {
            sb.append('\\');
          }
          sb.append(c);
          break;
        default:
          sb.append(c);
      }
    }
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an entity or numeric character reference ({@code &amp;}, {@code &#39;}, {@code &#x27;})
   * starts here.
   */
  static boolean startsEntity(String s, int amp) {
    int i = amp + 1;
    int n = s.length();
    if (i < n && s.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int start = i;
      while (i < n
          && i - start < 8
          && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0
          && s.charAt(i) < 128) {
        i++;
      }
      return i > start && i < n && s.charAt(i) == ';';
    }
    int start = i;
    while (i < n && i - start < 32 && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i > start && i < n && s.charAt(i) == ';';
  }

  /** A link destination that CommonMark reads back as exactly {@code url}. */
  static String destination(String url) {
    boolean pointy = url.isEmpty();
    for (int i = 0; i < url.length() && !pointy; i++) {
      char c = url.charAt(i);
      pointy = c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>';
    }
    StringBuilder sb = new StringBuilder(url.length() + 2);
    if (pointy) {
      sb.append('<');
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(c == '\n' ? "%0A" : "%0D");
      } else if (c == '\\' || c == '<' || c == '>' || (c == '&' && startsEntity(url, i))) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    if (pointy) {
      sb.append('>');
    }
    return sb.toString();
  }

  /** A link title in double quotes, read back as {@code s} with line breaks as spaces. */
  static void title(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else if (c == '"' || c == '\\' || (c == '&' && startsEntity(s, i))) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
  }
}
