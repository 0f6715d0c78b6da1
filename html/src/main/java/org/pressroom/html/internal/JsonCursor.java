package org.pressroom.html.internal;

import static org.pressroom.internal.ReadErrors.Kind.SCHEMA;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.internal.ReadErrors;
import org.pressroom.json.ReadException;
import org.pressroom.json.UnknownKeys;

/**
 * The token level of reading the body JSON: a value of each JSON type, the elements of an array,
 * the keys of an object (each once, all required ones present), a name from a {@link JsonNames}
 * table, and {@link SchemaException}s located by JSON Pointer, line and column.
 *
 * <p>The pointer is the parser's own path ({@link JsonParser#getParsingContext()}), turned into
 * text only when an error is made, so that reading builds no pointer per key or element. One per
 * read; not thread-safe.
 */
final class JsonCursor {
  private static final int SNIPPET = 40;

  private final JsonParser p;
  private final boolean rejectUnknown;

  JsonCursor(JsonParser p, UnknownKeys unknownKeys) {
    this.p = p;
    this.rejectUnknown = unknownKeys == UnknownKeys.REJECT;
  }

  // ---- errors ----

  /**
   * {@return the JSON Pointer of the value the parser is on}; after the end of an object or array,
   * of that object or array
   */
  String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** {@return where the current token starts} */
  JsonLocation location() {
    return p.currentTokenLocation();
  }

  ReadException fail(String reason, String pointer, JsonLocation at) {
    return ReadErrors.of(SCHEMA, reason, pointer, at.getLineNr(), at.getColumnNr(), null);
  }

  /** {@return an error about the current value} */
  ReadException fail(String reason) {
    return fail(reason, pointer(), location());
  }

  /** {@return an error saying that the current value is not what was expected} */
  ReadException wrongType(String expected) throws IOException {
    return fail("expected " + expected + ", found " + found());
  }

  private String found() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + snippet(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String n = p.getText();
        yield "the number " + (n.length() > SNIPPET ? n.substring(0, SNIPPET) + "..." : n);
      }
      // true, false and null are their own text
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /** {@return a bounded, quoted and escaped form of a text for a message} */
  static String snippet(String text) {
    String cut = text.length() > SNIPPET ? text.substring(0, SNIPPET) + "..." : text;
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String escapeKey(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  // ---- values ----

  String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return p.getText();
  }

  @Nullable String stringOrNull() throws IOException {
    if (isNull()) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string or null");
    }
    return p.getText();
  }

  boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  int integer(int min, int max) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < min
        || p.getIntValue() > max) {
      throw wrongType("an integer from " + min + " to " + max);
    }
    return p.getIntValue();
  }

  /** {@return the value of the current name in a table}, refusing a name not in it */
  <E> E name(JsonNames<E> names) throws IOException {
    E value = names.get(string());
    if (value == null) {
      throw wrongType(names.expected());
    }
    return value;
  }

  /** Refuses anything but an array; follow with {@link #nextElement()}. */
  void array() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
  }

  /** Moves to the next element of an array and {@return whether there is one} */
  boolean nextElement() throws IOException {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /**
   * {@return the members of the object the parser is on}, refusing anything else as not {@code
   * expected}
   */
  Members object(String expected, ObjectKeys keys) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(expected);
    }
    return new Members(keys);
  }

  /**
   * The keys of one kind of object: those it must have, sorted (so that the first one missing is
   * the same on every run), those it may have, and the object's name in messages.
   */
  record ObjectKeys(String what, List<String> required, Set<String> allowed) {
    static ObjectKeys of(String what, List<String> keys) {
      List<String> sorted = new ArrayList<>(keys);
      sorted.sort(null);
      return new ObjectKeys(what, List.copyOf(sorted), Set.copyOf(keys));
    }

    static ObjectKeys of(String what, String... keys) {
      return of(what, List.of(keys));
    }

    /** {@return these keys with one more allowed but not required} */
    ObjectKeys allowing(String key) {
      List<String> more = new ArrayList<>(allowed);
      more.add(key);
      return new ObjectKeys(what, required, Set.copyOf(more));
    }
  }

  /** The keys of one object as they are read: each once, and where each stands. */
  final class Members {
    private final Map<String, JsonLocation> keyAt = new HashMap<>();

    /** Where the object starts: made on its opening brace. */
    private final JsonLocation start = location();

    private final ObjectKeys keys;
    private @Nullable String key;

    private Members(ObjectKeys keys) {
      this.keys = keys;
    }

    /** {@return where the object starts} */
    JsonLocation start() {
      return start;
    }

    /**
     * Moves to the value of the next key and {@return the key}, or null at the end of the object;
     * refuses a repeated key.
     */
    @Nullable String next() throws IOException {
      if (p.nextToken() == JsonToken.END_OBJECT) {
        return null;
      }
      String k = p.currentName();
      JsonLocation at = location();
      JsonLocation first = keyAt.putIfAbsent(k, at);
      if (first != null) {
        throw fail(
            "duplicate key \""
                + k
                + "\" (first at line "
                + first.getLineNr()
                + ", column "
                + first.getColumnNr()
                + ")",
            pointer(),
            at);
      }
      p.nextToken();
      key = k;
      return k;
    }

    /** The current key is not one of the object's: refused, or its value skipped. */
    void unknown() throws IOException {
      unknown(keys.what());
    }

    /** The same, {@code in} naming the object in the message. */
    void unknown(String in) throws IOException {
      if (rejectUnknown) {
        String k = Objects.requireNonNull(key);
        throw fail(
            "unknown key \"" + k + "\" in " + in, pointer(), Objects.requireNonNull(keyAt.get(k)));
      }
      p.skipChildren();
    }

    /** After the object: refuses a required key missing. */
    void require() {
      require(keys);
    }

    /**
     * After the object, for objects whose keys depend on what was read: refuses a key that {@code
     * these} do not allow (unless unknown keys are skipped), then a required key missing.
     */
    void check(ObjectKeys these) {
      if (rejectUnknown) {
        for (Map.Entry<String, JsonLocation> e : keyAt.entrySet()) {
          String k = e.getKey();
          if (!these.allowed().contains(k)) {
            throw fail(
                "unknown key \"" + k + "\" in " + these.what(),
                pointer() + "/" + escapeKey(k),
                e.getValue());
          }
        }
      }
      require(these);
    }

    private void require(ObjectKeys these) {
      for (String k : these.required()) {
        if (!keyAt.containsKey(k)) {
          throw fail("missing key \"" + k + "\" in " + these.what(), pointer(), start);
        }
      }
    }
  }
}
