package org.pressroom.html.internal;

import org.jspecify.annotations.Nullable;
import org.pressroom.internal.JsonBuffer;

/**
 * Writes JSON in the canonical layout of core's release writer: 4-space indentation, {@code "key":
 * value}, every element of a non-empty container on its own line, empty arrays as {@code []};
 * strings pure ASCII with the short escapes for {@code " \ \b \f \n \r \t}, every other control
 * character and every character above U+007F as a lowercase {@code \}{@code uXXXX} escape (per
 * UTF-16 unit), {@code /} as is.
 *
 * <p>Strings are escaped by core's {@link JsonBuffer}, so the body JSON and the release JSON escape
 * alike. Not thread-safe: one per render call.
 */
final class JsonOut {
  private static final String SPACES = " ".repeat(64);

  private final Out out;
  private final int baseLevel;
  private final JsonBuffer scratch = new JsonBuffer(64);

  /** The nesting level of what is being written, relative to {@link #baseLevel}. */
  private int level;

  /** Whether the next value is the first of its container (no comma before it). */
  private boolean first;

  JsonOut(Out out, int baseLevel) {
    this.out = out;
    this.baseLevel = baseLevel;
  }

  private void newline(int lvl) {
    out.append('\n');
    int n = (baseLevel + lvl) * 4;
    while (n > 0) {
      int k = Math.min(n, SPACES.length());
      out.append(SPACES, 0, k);
      n -= k;
    }
  }

  /** Before a value in an array (or the top-level value): the comma and the newline. */
  private void beforeElement() {
    if (level == 0) {
      return;
    }
    if (!first) {
      out.append(',');
    }
    first = false;
    newline(level);
  }

  JsonOut beginObject() {
    return begin('{');
  }

  JsonOut endObject() {
    end('}');
    return this;
  }

  JsonOut beginArray() {
    return begin('[');
  }

  JsonOut endArray() {
    end(']');
    return this;
  }

  private JsonOut begin(char c) {
    out.append(c);
    level++;
    first = true;
    return this;
  }

  private void end(char c) {
    level--;
    if (first) {
      // Empty container: [] on one line.
      out.append(c);
    } else {
      newline(level);
      out.append(c);
    }
    first = false;
  }

  /** Starts an element of an array; follow with one value. */
  JsonOut element() {
    beforeElement();
    return this;
  }

  /** Writes a key of the format (which needs no escaping); follow with one value. */
  JsonOut key(String key) {
    if (!first) {
      out.append(',');
    }
    first = false;
    newline(level);
    out.append('"').append(key).append("\": ");
    return this;
  }

  JsonOut string(@Nullable String s) {
    if (s == null) {
      out.append("null");
      return this;
    }
    scratch.clear();
    out.append(scratch.string(s));
    return this;
  }

  JsonOut bool(boolean b) {
    out.append(b ? "true" : "false");
    return this;
  }

  JsonOut number(int n) {
    out.append(Integer.toString(n));
    return this;
  }

  JsonOut nullValue() {
    out.append("null");
    return this;
  }
}
