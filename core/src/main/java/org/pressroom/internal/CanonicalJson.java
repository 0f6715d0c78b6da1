package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
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
    Layout l = new Layout(out, pretty);
    int in = level + 1;
    out.raw('{');
    l.firstKey(in, "title");
    out.string(r.title());
    l.key(in, "modified_at");
    timestamp(out, r.modifiedAt());
    l.key(in, "published_at");
    if (r.publishedAt() == null) {
      out.raw("null");
    } else {
      timestamp(out, r.publishedAt());
    }
    l.key(in, "url");
    uri(out, r.url());
    l.key(in, "short_url");
    uri(out, r.shortUrl());
    l.key(in, "culture");
    out.string(r.culture().code());
    l.key(in, "language");
    out.string(r.language());
    l.key(in, "subtitle");
    nullableString(out, r.subtitle());
    l.key(in, "slug");
    out.string(r.slug());
    l.key(in, "body");
    out.string(r.body());
    l.key(in, "mainvisual");
    mainVisual(l, r.mainVisual(), in);
    l.key(in, "header");
    header(l, r.header(), in);
    l.key(in, "contacts");
    contacts(l, r.contacts(), in);
    l.key(in, "author");
    author(l, r.author(), in);
    l.key(in, "format_version");
    out.raw('5');
    l.unknown(in, r.unknownKeys());
    l.close(level, '}');
  }

  private static void mainVisual(Layout l, @Nullable MainVisual v, int level) {
    if (v == null) {
      l.out.raw("null");
      return;
    }
    int in = level + 1;
    l.out.raw('{');
    l.firstKey(in, "thumbnail");
    uri(l.out, v.thumbnail());
    l.key(in, "large");
    uri(l.out, v.large());
    l.key(in, "original");
    uri(l.out, v.original());
    l.unknown(in, v.unknownKeys());
    l.close(level, '}');
  }

  private static void header(Layout l, @Nullable HeaderImage h, int level) {
    if (h == null) {
      l.out.raw("null");
      return;
    }
    int in = level + 1;
    l.out.raw('{');
    l.firstKey(in, "large");
    uri(l.out, h.large());
    l.key(in, "release");
    uri(l.out, h.release());
    l.unknown(in, h.unknownKeys());
    l.close(level, '}');
  }

  private static void author(Layout l, @Nullable Author a, int level) {
    if (a == null) {
      l.out.raw("null");
      return;
    }
    int in = level + 1;
    l.out.raw('{');
    l.firstKey(in, "first_name");
    l.out.string(a.firstName());
    l.key(in, "last_name");
    l.out.string(a.lastName());
    l.unknown(in, a.unknownKeys());
    l.close(level, '}');
  }

  private static void contacts(Layout l, List<Contact> contacts, int level) {
    JsonBuffer out = l.out;
    if (contacts.isEmpty()) {
      out.raw("[]");
      return;
    }
    int in = level + 1;
    out.raw('[');
    boolean first = true;
    for (Contact c : contacts) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      l.newline(in);
      contact(l, c, in);
    }
    l.close(level, ']');
  }

  private static void contact(Layout l, Contact c, int level) {
    JsonBuffer out = l.out;
    int in = level + 1;
    out.raw('{');
    l.firstKey(in, "name");
    out.string(c.name());
    l.key(in, "company");
    nullableString(out, c.company());
    l.key(in, "description");
    nullableString(out, c.description());
    l.key(in, "email");
    nullableString(out, c.email());
    l.key(in, "website");
    nullableString(out, c.website());
    l.key(in, "address");
    nullableString(out, c.address());
    l.key(in, "telephone");
    nullableString(out, c.telephone());
    l.key(in, "mobile");
    nullableString(out, c.mobile());
    l.key(in, "twitter");
    nullableString(out, c.twitter());
    l.key(in, "facebook");
    nullableString(out, c.facebook());
    l.unknown(in, c.unknownKeys());
    l.close(level, '}');
  }

  private static void nullableString(JsonBuffer out, @Nullable String s) {
    if (s == null) {
      out.raw("null");
    } else {
      out.string(s);
    }
  }

  private static void uri(JsonBuffer out, @Nullable URI uri) {
    if (uri == null) {
      out.raw("null");
    } else {
      out.string(uri.toString());
    }
  }

  /**
   * {@code yyyy-MM-dd HH:mm:ss} without a formatter: the records guarantee a year of 0-9999 and
   * whole seconds.
   */
  private static void timestamp(JsonBuffer out, LocalDateTime t) {
    out.raw('"')
        .digits(t.getYear(), 4)
        .raw('-')
        .digits(t.getMonthValue(), 2)
        .raw('-')
        .digits(t.getDayOfMonth(), 2)
        .raw(' ')
        .digits(t.getHour(), 2)
        .raw(':')
        .digits(t.getMinute(), 2)
        .raw(':')
        .digits(t.getSecond(), 2)
        .raw('"');
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
