package org.pressroom.internal;

import static org.pressroom.internal.ReadErrors.Kind.LIMIT_EXCEEDED;
import static org.pressroom.internal.ReadErrors.Kind.MALFORMED_JSON;
import static org.pressroom.internal.ReadErrors.Kind.SCHEMA;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;

/**
 * The parser under one read and where it stands: the JSON Pointer of the current value, the
 * translation of Jackson's and the source's exceptions into located {@link ReadException}s, schema
 * errors that are thrown only once the rest of the record is known to be well-formed, and the
 * skipping (or compact copying) of values the format does not define. Not thread-safe.
 */
abstract class Cursor {
  final JsonParser p;
  final ReadOptions options;
  final int lineOffset;
  final boolean arrayMode;

  /**
   * Whether the parser is finishing a string's content: Jackson reads it lazily, so a syntax error
   * inside a string (a raw control character, a bad escape) is met here and belongs to its member.
   */
  private boolean inString;

  Cursor(JsonParser p, ReadOptions options, int lineOffset, boolean arrayMode) {
    this.p = p;
    this.options = options;
    this.lineOffset = lineOffset;
    this.arrayMode = arrayMode;
  }

  // ---- strings: read through here, so that an error inside one names its member ----

  /** {@return the text of the current string token} */
  final String text() throws IOException {
    try {
      return p.getText();
    } catch (JsonProcessingException e) {
      inString = true;
      throw e;
    }
  }

  /** {@return the current token described for a message}, finishing a string first */
  final String found() throws IOException {
    inString = p.currentToken() == JsonToken.VALUE_STRING;
    String s = Messages.found(p);
    inString = false;
    return s;
  }

  /** Throws a limit error if the current string token is longer than the options allow. */
  final void checkStringLength() throws IOException {
    int length;
    try {
      length = p.getTextLength();
    } catch (JsonProcessingException e) {
      inString = true;
      throw e;
    }
    if (length > options.maxStringLength()) {
      JsonLocation at = p.currentTokenLocation();
      throw ReadErrors.of(
          LIMIT_EXCEEDED,
          stringTooLong(),
          pointer(),
          at.getLineNr() + lineOffset,
          at.getColumnNr(),
          null);
    }
  }

  // ---- errors ----

  /** Turns a Jackson or source exception into ours; call inside a catch. */
  final ReadException translate(IOException e) {
    if (e instanceof SourceReader.SourceProblem s) {
      if (s.isLimit()) {
        return ReadErrors.of(LIMIT_EXCEEDED, s.getMessage(), null, s.line(), s.column(), null);
      }
      return ReadErrors.of(
          MALFORMED_JSON, s.getMessage(), utf8Pointer(), s.line(), s.column(), null);
    }
    if (e instanceof StreamConstraintsException limit) {
      JsonLocation at = p.currentTokenLocation();
      JsonStreamContext c = p.getParsingContext();
      // Jackson refuses a too-deep container after pushing its context: the offending value is
      // the parent's entry
      int max = options.maxDepth() + (arrayMode ? 1 : 0);
      if (c.getNestingDepth() > max && c.getParent() != null) {
        c = c.getParent();
      }
      return ReadErrors.of(
          LIMIT_EXCEEDED,
          limitReason(limit.getOriginalMessage()),
          path(c),
          at.getLineNr() + lineOffset,
          at.getColumnNr(),
          e);
    }
    JsonProcessingException j = (JsonProcessingException) e;
    JsonLocation at = j.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = p.currentLocation();
    }
    String original = String.valueOf(j.getOriginalMessage());
    int column = at.getColumnNr();
    if (original.startsWith("Non-standard token '")) {
      // Jackson locates this one just after the token; point at its start like every other error
      int end = original.indexOf('\'', "Non-standard token '".length());
      if (end > 0) {
        column = Math.max(1, column - (end - "Non-standard token '".length()));
      }
    }
    return ReadErrors.of(
        MALFORMED_JSON,
        Messages.syntax(original, lineOffset),
        inString ? stringPointer() : containerPointer(p.getParsingContext()),
        at.getLineNr() + lineOffset,
        column,
        e);
  }

  private String limitReason(@Nullable String original) {
    String m = String.valueOf(original);
    if (m.contains("nesting depth")) {
      return "nesting deeper than " + options.maxDepth() + " levels (ReadOptions.maxDepth)";
    }
    if (m.startsWith("String value length")) {
      return stringTooLong();
    }
    if (m.startsWith("Name length")) {
      return "key longer than "
          + options.maxStringLength()
          + " characters (ReadOptions.maxStringLength)";
    }
    if (m.startsWith("Number value length")) {
      int max = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
      return "number longer than " + max + " characters (a fixed limit)";
    }
    int cut = m.indexOf(" (from `");
    return Messages.cap(cut > 0 ? m.substring(0, cut) : m);
  }

  private String stringTooLong() {
    return "string longer than "
        + options.maxStringLength()
        + " characters (ReadOptions.maxStringLength)";
  }

  /** After the root value: nothing but whitespace (in an array, the array's own check does it). */
  final void requireEnd() throws IOException {
    if (!arrayMode) {
      requireEndOfInput();
    }
  }

  final void requireEndOfInput() throws IOException {
    JsonToken t = p.nextToken();
    if (t != null) {
      JsonLocation at = p.currentTokenLocation();
      String found = t == JsonToken.VALUE_STRING ? "a string" : Messages.found(p);
      throw ReadErrors.of(
          MALFORMED_JSON,
          "unexpected content after the root value: expected the end of the input, found " + found,
          null,
          at.getLineNr() + lineOffset,
          at.getColumnNr(),
          null);
    }
  }

  /**
   * {@return a schema error at the current token}, after reading the rest of the record: a syntax
   * or limit error further on is thrown instead, so that every input that is not JSON is reported
   * as malformed.
   */
  final ReadException failAfterRest(String reason) throws IOException {
    return failAfterRest(reason, pointer(), p.currentTokenLocation());
  }

  /** As {@link #failAfterRest(String)}, with the pointer and place given. */
  final ReadException failAfterRest(String reason, String pointer, JsonLocation at)
      throws IOException {
    ReadException e =
        ReadErrors.of(
            SCHEMA,
            Messages.cap(reason),
            pointer,
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            null);
    readRest();
    return e;
  }

  /** Reads to the end of the current record, checking syntax and limits only. */
  private void readRest() throws IOException {
    int base = arrayMode ? 1 : 0;
    while (p.getParsingContext().getNestingDepth() > base) {
      JsonToken t = p.nextToken();
      if (t == null) {
        break;
      }
      if (t == JsonToken.VALUE_STRING) {
        checkStringLength();
      }
    }
    requireEnd();
  }

  final ReadException wrongType(String expected) throws IOException {
    return failAfterRest("expected " + expected + ", found " + found());
  }

  final ReadException duplicate(String name, JsonLocation first) throws IOException {
    return failAfterRest(
        "duplicate key \""
            + Messages.snippet(name)
            + "\" (first at line "
            + (first.getLineNr() + lineOffset)
            + ", column "
            + first.getColumnNr()
            + ")");
  }

  // ---- pointers ----

  /** The pointer of the current token's value, or of the member for a key. */
  final String pointer() {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return path(c);
  }

  /** The pointer of the string being finished: its member, or its element. */
  private @Nullable String stringPointer() {
    JsonStreamContext c = p.getParsingContext();
    if (c.inRoot()) {
      return null;
    }
    if (arrayMode && c.getParent() != null && c.getParent().inRoot() && c.inArray()) {
      return null;
    }
    return path(c);
  }

  /**
   * Where invalid UTF-8 was met. The source hands out every character before the bad sequence, so
   * the parser stops in the token that holds it: a string value is read lazily (the current token
   * is the string), and a value right after its key is read with the key as current token; both
   * name the member. Elsewhere, as for syntax errors, the innermost open container.
   */
  private @Nullable String utf8Pointer() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
      return stringPointer();
    }
    return containerPointer(p.getParsingContext());
  }

  private @Nullable String containerPointer(JsonStreamContext c) {
    if (c.inRoot() || (arrayMode && c.getParent() != null && c.getParent().inRoot())) {
      return null;
    }
    JsonStreamContext parent = c.getParent();
    return parent == null ? null : path(parent);
  }

  private String path(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    JsonStreamContext c = context;
    while (c != null && !c.inRoot()) {
      JsonStreamContext parent = c.getParent();
      if (arrayMode && parent != null && parent.inRoot()) {
        break;
      }
      if (c.inObject()) {
        String name = c.getCurrentName();
        if (name != null) {
          segments.add(escape(name));
        }
      } else if (c.inArray()) {
        segments.add(Integer.toString(c.getCurrentIndex()));
      }
      c = parent;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      sb.append('/').append(segments.get(i));
    }
    return sb.toString();
  }

  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  // ---- values the format does not define ----

  /**
   * Skips (or, with {@code out}, writes compactly) the value at the current token, checking
   * duplicate keys and string lengths. Iterative: its depth is bounded by the parser's nesting
   * limit, not by the stack.
   */
  final void skip(@Nullable StringBuilder out) throws IOException {
    JsonToken t = p.currentToken();
    List<@Nullable Map<String, JsonLocation>> keys = new ArrayList<>();
    while (true) {
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          comma(out);
          if (out != null) {
            out.append(t == JsonToken.START_OBJECT ? '{' : '[');
          }
          keys.add(t == JsonToken.START_OBJECT ? new HashMap<>() : null);
        }
        case END_OBJECT, END_ARRAY -> {
          if (out != null) {
            out.append(t == JsonToken.END_OBJECT ? '}' : ']');
          }
          keys.remove(keys.size() - 1);
        }
        case FIELD_NAME -> {
          String name = p.currentName();
          Map<String, JsonLocation> seen = keys.get(keys.size() - 1);
          JsonLocation first =
              seen == null ? null : seen.putIfAbsent(name, p.currentTokenLocation());
          if (first != null) {
            throw duplicate(name, first);
          }
          comma(out);
          if (out != null) {
            quote(out, name);
            out.append(':');
          }
        }
        case VALUE_STRING -> {
          checkStringLength();
          comma(out);
          if (out != null) {
            quote(out, text());
          }
        }
        default -> {
          comma(out);
          if (out != null) {
            out.append(p.getText());
          }
        }
      }
      if (keys.isEmpty()) {
        return;
      }
      t = p.nextToken();
    }
  }

  private static void comma(@Nullable StringBuilder out) {
    if (out != null && out.length() > 0) {
      char last = out.charAt(out.length() - 1);
      if (last != '{' && last != '[' && last != ':') {
        out.append(',');
      }
    }
  }

  /**
   * Writes a JSON string: quotes, backslashes and control characters escaped, everything else as
   * is.
   */
  static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append("\\u00")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
