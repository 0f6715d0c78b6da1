package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.pressroom.html.BodyIssue;

/**
 * The bounded issue list of one parse: at most {@code max} entries, the last one saying when more
 * were dropped.
 */
final class Issues {
  private static final int MAX_WHERE = 80;

  private final int max;
  private final List<BodyIssue> list = new ArrayList<>();
  private boolean overflowed;

  Issues(int max) {
    this.max = max;
  }

  void add(BodyIssue.Kind kind, String message, String where) {
    if (overflowed) {
      return;
    }
    if (list.size() < max) {
      list.add(new BodyIssue(kind, message, snippet(where)));
    } else {
      // Keep the list within max: the last slot tells that the rest was not recorded.
      list.set(
          max - 1,
          new BodyIssue(BodyIssue.Kind.TOO_MANY_ISSUES, "more than " + max + " issues", ""));
      overflowed = true;
    }
  }

  List<BodyIssue> list() {
    return list;
  }

  /** A short, single-line excerpt, so an issue never echoes unbounded input. */
  static String snippet(String s) {
    int n = Math.min(s.length(), MAX_WHERE);
    StringBuilder sb = new StringBuilder(n + 1);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 ? ' ' : c);
    }
    if (s.length() > MAX_WHERE) {
      sb.append('…');
    }
    return sb.toString();
  }
}
