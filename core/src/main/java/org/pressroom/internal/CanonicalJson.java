package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.Release;

/**
 * Lays out releases canonically into a {@link JsonBuffer}: pretty (4-space indentation from a base
 * level, {@code "key": value}) or compact (no whitespace at all, for NDJSON). Stateless; the buffer
 * carries all state.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /**
   * Appends a release.
   *
   * @param out the buffer
   * @param r the release
   * @param level the nesting level of the release's braces (0 for a document, 1 in an array);
   *     ignored if compact
   * @param pretty true for the canonical layout, false for the compact one
   */
  public static void release(JsonBuffer out, Release r, int level, boolean pretty) {
    object(new Layout(out, pretty), Schema.RELEASE, r, level);
  }

  /** Appends an object by its table: every field in order, then the unknown keys. */
  private static <R> void object(Layout l, Schema.Table<R> table, R record, int level) {
    int in = level + 1;
    l.out.raw('{');
    boolean first = true;
    for (Field<R> f : table.fields()) {
      if (first) {
        l.firstKey(in, f.name());
        first = false;
      } else {
        l.key(in, f.name());
      }
      value(l, f, f.get(record), in);
    }
    l.unknown(in, table.unknownKeys(record));
    l.close(level, '}');
  }

  private static void value(Layout l, Field<?> f, @Nullable Object v, int level) {
    JsonBuffer out = l.out;
    if (v == null) {
      out.raw("null");
      return;
    }
    switch (f.kind()) {
      case STRING, TITLE, LANGUAGE -> out.string((String) v);
      case CULTURE -> out.string(((Culture) v).code());
      case TIMESTAMP -> timestamp(out, (LocalDateTime) v);
      case URI -> out.string(v.toString());
      case OBJECT -> nested(l, f.table(), v, level);
      case ARRAY -> array(l, f.table(), (List<?>) v, level);
      case FORMAT_VERSION -> out.raw(v.toString());
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> void nested(Layout l, Schema.Table<R> table, Object v, int level) {
    object(l, table, (R) v, level);
  }

  private static void array(Layout l, Schema.Table<?> table, List<?> list, int level) {
    JsonBuffer out = l.out;
    if (list.isEmpty()) {
      out.raw("[]");
      return;
    }
    int in = level + 1;
    out.raw('[');
    boolean first = true;
    for (Object element : list) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      l.newline(in);
      if (element instanceof Contact c) {
        contact(l, c, in);
      } else {
        nested(l, table, element, in);
      }
    }
    l.close(level, ']');
  }

  /**
   * A contact, as {@link #object} would write it by {@link Schema#CONTACT}, through {@link
   * Contact.Field} directly: a release may hold many contacts, and this keeps the writer's time per
   * contact as it was when each field was written by hand (a generic field access costs 45% on a
   * release of 100,000 contacts).
   */
  private static void contact(Layout l, Contact c, int level) {
    int in = level + 1;
    l.out.raw('{');
    for (Contact.Field f : Contact.Field.values()) {
      if (f == Contact.Field.NAME) {
        l.firstKey(in, f.jsonName());
      } else {
        l.key(in, f.jsonName());
      }
      String v = f.of(c);
      if (v == null) {
        l.out.raw("null");
      } else {
        l.out.string(v);
      }
    }
    l.unknown(in, c.unknownKeys());
    l.close(level, '}');
  }

  private static void timestamp(JsonBuffer out, LocalDateTime t) {
    out.raw('"');
    Checks.appendTimestamp(out, t);
    out.raw('"');
  }

  /**
   * Appends one JSON value given as text, re-laid out canonically: strings re-escaped, numbers
   * exactly as written, containers indented one level per depth below {@code level} (or compact),
   * empty containers as {@code {}} and {@code []}. Iterative, so deep values cannot overflow the
   * stack.
   *
   * @param out the buffer
   * @param json exactly one JSON value (as checked by {@link JsonText#problemWith(String)})
   * @param level the nesting level at which the value starts
   * @param pretty true for the canonical layout, false for the compact one
   * @throws IllegalArgumentException if {@code json} is not one JSON value
   */
  public static void value(JsonBuffer out, String json, int level, boolean pretty) {
    try (JsonParser p = JsonText.parser(json)) {
      int depth = 0;
      boolean afterStart = false;
      boolean afterName = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          if (!afterStart && pretty) {
            out.newline(level + depth);
          }
          out.raw(t == JsonToken.END_OBJECT ? '}' : ']');
          afterStart = false;
          if (depth == 0) {
            break;
          }
          continue;
        }
        if (!afterName && depth > 0) {
          if (!afterStart) {
            out.raw(',');
          }
          if (pretty) {
            out.newline(level + depth);
          }
        }
        afterStart = false;
        afterName = false;
        switch (t) {
          case FIELD_NAME:
            out.string(p.currentName());
            out.raw(pretty ? ": " : ":");
            afterName = true;
            break;
          case START_OBJECT:
            out.raw('{');
            depth++;
            afterStart = true;
            break;
          case START_ARRAY:
            out.raw('[');
            depth++;
            afterStart = true;
            break;
          case VALUE_STRING:
            out.string(p.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            out.raw(p.getText());
            break;
          case VALUE_TRUE:
            out.raw("true");
            break;
          case VALUE_FALSE:
            out.raw("false");
            break;
          case VALUE_NULL:
            out.raw("null");
            break;
          default:
            throw new IllegalArgumentException("unexpected JSON token " + t);
        }
        if (depth == 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("preserved value is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** The whitespace of one layout, pretty or compact. */
  private static final class Layout {
    final JsonBuffer out;
    final boolean pretty;

    Layout(JsonBuffer out, boolean pretty) {
      this.out = out;
      this.pretty = pretty;
    }

    void newline(int level) {
      if (pretty) {
        out.newline(level);
      }
    }

    /** The first key of an object: no comma before it. Keys of the format need no escaping. */
    void firstKey(int level, String key) {
      newline(level);
      out.raw('"').raw(key).raw(pretty ? "\": " : "\":");
    }

    void key(int level, String key) {
      out.raw(',');
      firstKey(level, key);
    }

    /** Unknown keys come after the format's keys (so never first), in map order. */
    void unknown(int level, Map<String, String> unknown) {
      if (unknown.isEmpty()) {
        return;
      }
      for (Map.Entry<String, String> e : unknown.entrySet()) {
        out.raw(',');
        newline(level);
        out.string(e.getKey());
        out.raw(pretty ? ": " : ":");
        value(out, e.getValue(), level, pretty);
      }
    }

    void close(int level, char c) {
      newline(level);
      out.raw(c);
    }
  }
}
