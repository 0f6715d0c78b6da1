package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes lines under a stack of container prefixes ({@code "> "} for a quote; a list marker on an
 * item's first line and spaces of the same width on the others), streaming. Blank lines between
 * blocks are requested and written lazily, so a block that renders nothing leaves no extra blank
 * line. Not thread-safe: one per render call.
 */
final class Lines {
  private final Out out;
  private final List<String> first = new ArrayList<>();
  private final List<String> rest = new ArrayList<>();
  private final List<Boolean> used = new ArrayList<>();
  private boolean blankRequested;
  private long lines;

  Lines(Out out) {
    this.out = out;
  }

  /**
   * Enters a container whose first line starts with {@code firstPrefix} and later ones with {@code
   * restPrefix}.
   */
  void push(String firstPrefix, String restPrefix) {
    // A blank line asked for before the container belongs outside it.
    writeBlank();
    first.add(firstPrefix);
    rest.add(restPrefix);
    used.add(Boolean.FALSE);
  }

  void pop() {
    int last = first.size() - 1;
    first.remove(last);
    rest.remove(last);
    used.remove(last);
  }

  /**
   * Writes a container's content under its prefixes (as {@link #push} says) and leaves it; a
   * container with no content still takes one line, so that its marker shows.
   */
  void container(String firstPrefix, String restPrefix, Runnable content) {
    push(firstPrefix, restPrefix);
    long before = lines;
    content.run();
    cancelBlank();
    if (lines == before) {
      text("");
    }
    pop();
  }

  /** {@return how many lines were written so far} */
  long count() {
    return lines;
  }

  /** Asks for a blank line before the next line written, if any is. */
  void requestBlank() {
    if (lines > 0) {
      blankRequested = true;
    }
  }

  void cancelBlank() {
    blankRequested = false;
  }

  /** Writes text as lines, each {@code \n} starting a new line under the prefixes. */
  void text(String s) {
    int start = 0;
    while (true) {
      int nl = s.indexOf('\n', start);
      line(s, start, nl < 0 ? s.length() : nl);
      if (nl < 0) {
        return;
      }
      start = nl + 1;
    }
  }

  private void writeBlank() {
    if (!blankRequested) {
      return;
    }
    blankRequested = false;
    StringBuilder blank = new StringBuilder();
    for (String r : rest) {
      blank.append(r);
    }
    trimEnd(blank);
    out.append(blank).append('\n');
    lines++;
  }

  private void line(String s, int start, int end) {
    writeBlank();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < first.size(); i++) {
      if (used.get(i)) {
        prefix.append(rest.get(i));
      } else {
        prefix.append(first.get(i));
        used.set(i, Boolean.TRUE);
      }
    }
    if (start == end) {
      trimEnd(prefix);
    }
    out.append(prefix).append(s, start, end).append('\n');
    lines++;
  }

  private static void trimEnd(StringBuilder sb) {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    sb.setLength(n);
  }
}
