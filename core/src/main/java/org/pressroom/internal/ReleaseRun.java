package org.pressroom.internal;

import static org.pressroom.internal.ReadErrors.Kind.MALFORMED_JSON;
import static org.pressroom.internal.ReadErrors.Kind.SCHEMA;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.Culture;
import org.pressroom.Release;
import org.pressroom.json.ReadException;
import org.pressroom.json.UnknownKeys;

/**
 * One read of one record: the release object and its nested objects, each read by its {@link
 * Schema.Table}. Not thread-safe.
 *
 * <p>Conventions (documented for the CLI): a value error is located at the start of the value and
 * carries its pointer; an unknown or duplicate key is located at the key and carries the member's
 * pointer; a missing key is located at the object's opening brace and carries the object's pointer;
 * a syntax error carries the pointer of the innermost open container (null at the top level), or,
 * inside a string, of the string's member; content after the root, an empty document and invalid
 * UTF-8 carry no pointer. A schema error is only thrown once the rest of the document has been read
 * without a syntax error, so that every input that is not JSON is reported as malformed.
 */
final class ReleaseRun extends Cursor {
  /** The last URI read in this document, and its text. */
  private @Nullable String lastUriText;

  private @Nullable URI lastUri;

  ReleaseRun(ReleaseParser parser, JsonParser p, int lineOffset, boolean arrayMode) {
    super(p, parser.options(), lineOffset, arrayMode);
  }

  /** Reads a whole document: one release and nothing after it. */
  Release document() throws IOException {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        JsonLocation at = p.currentLocation();
        throw ReadErrors.of(
            MALFORMED_JSON,
            "empty document: expected a JSON object (a release)",
            null,
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            null);
      }
      Release release = release();
      requireEnd();
      return release;
    } catch (JsonProcessingException | SourceReader.SourceProblem e) {
      throw translate(e);
    }
  }

  /** Reads one element of a collection array; the parser is on its first token. */
  Release element() throws IOException {
    try {
      return release();
    } catch (JsonProcessingException | SourceReader.SourceProblem e) {
      throw translate(e);
    }
  }

  /**
   * The root of a collection is not an array: a schema error once the rest is known to be
   * well-formed.
   */
  ReadException notAnArray() throws IOException {
    JsonLocation at = p.currentTokenLocation();
    ReadException e =
        ReadErrors.of(
            SCHEMA,
            "expected a JSON array of releases, found " + found(),
            "",
            at.getLineNr(),
            at.getColumnNr(),
            null);
    p.skipChildren();
    requireEndOfInput();
    return e;
  }

  /** After the collection's closing bracket: nothing but whitespace. */
  void requireEndOfArray() throws IOException {
    requireEndOfInput();
  }

  // ---- objects, by their tables ----

  private Release release() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(Schema.RELEASE.description());
    }
    return object(Schema.RELEASE);
  }

  /** Reads the object at the current token (its opening brace) with its table's fields. */
  private <R> R object(Schema.Table<R> table) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    List<Field<R>> fields = table.fields();
    JsonLocation[] seenAt = new JsonLocation[fields.size()];
    Schema.Values values = new Schema.Values(fields.size());
    Map<String, JsonLocation> unknownAt = null;
    LinkedHashMap<String, String> preserved = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Field<R> field = table.field(name);
      if (field == null) {
        if (unknownAt == null) {
          unknownAt = new HashMap<>();
        }
        String value = unknown(name, unknownAt);
        if (value != null) {
          if (preserved == null) {
            preserved = new LinkedHashMap<>();
          }
          preserved.put(name, value);
        }
        continue;
      }
      JsonLocation first = seenAt[field.index];
      if (first != null) {
        throw duplicate(name, first);
      }
      seenAt[field.index] = p.currentTokenLocation();
      p.nextToken();
      // most values are strings (every contact field): read them without the dispatch
      values.set(
          field,
          field.kind() == Field.Kind.STRING && p.currentToken() == JsonToken.VALUE_STRING
              ? text()
              : value(field));
    }
    for (Field<R> f : fields) {
      if (seenAt[f.index] == null) {
        throw failAfterRest("missing key \"" + f.name() + "\"", pointer(), start);
      }
    }
    try {
      return table.build(
          values, preserved == null ? Map.of() : new PreservedKeys(preserved, table.names()));
    } catch (IllegalArgumentException | NullPointerException e) {
      // the reader checks every rule the record checks; this is a safety net
      throw failAfterRest(String.valueOf(e.getMessage()), pointer(), start);
    }
  }

  /**
   * Reads or skips the value of an unknown key, by the options; {@return its compact JSON text when
   * it is preserved, else null}
   */
  private @Nullable String unknown(String name, Map<String, JsonLocation> unknownAt)
      throws IOException {
    UnknownKeys mode = options.unknownKeys();
    if (mode == UnknownKeys.REJECT) {
      throw failAfterRest(
          "unknown key \""
              + Messages.snippet(name)
              + "\" (to accept it, read with ReadOptions.unknownKeys IGNORE or PRESERVE)");
    }
    JsonLocation first = unknownAt.putIfAbsent(name, p.currentTokenLocation());
    if (first != null) {
      throw duplicate(name, first);
    }
    p.nextToken();
    if (mode == UnknownKeys.IGNORE) {
      skip(null);
      return null;
    }
    StringBuilder sb = new StringBuilder();
    skip(sb);
    return sb.toString();
  }

  /** Reads the value of a field; the parser is on the value's first token. */
  private @Nullable Object value(Field<?> f) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL && f.nullable()) {
      return null;
    }
    return switch (f.kind()) {
      case STRING -> string(f.nullable() ? "a string or null" : "a string");
      case TITLE -> title();
      case LANGUAGE -> language();
      case CULTURE -> culture();
      case TIMESTAMP -> timestamp(f.nullable());
      case URI -> uri(f.nullable());
      case OBJECT -> {
        if (t != JsonToken.START_OBJECT) {
          throw wrongType(f.table().description() + " or null");
        }
        yield object(f.table());
      }
      case ARRAY -> array(f.table());
      case FORMAT_VERSION -> formatVersion();
    };
  }

  private <R> List<R> array(Schema.Table<R> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array of contacts");
    }
    List<R> list = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw wrongType(element.description());
      }
      list.add(object(element));
    }
    return list;
  }

  // ---- values ----

  private String string(String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(expected);
    }
    return text();
  }

  private String title() throws IOException {
    String title = string("a string");
    if (Checks.problemWithTitle(title) != null) {
      throw failAfterRest("title must not be blank, found \"" + Messages.snippet(title) + "\"");
    }
    return title;
  }

  private String language() throws IOException {
    String language = string("a string");
    if (Checks.problemWithLanguage(language) != null) {
      throw failAfterRest(
          "invalid language \""
              + Messages.snippet(language)
              + "\": expected 2 or 3 letters, like EN");
    }
    return language;
  }

  private Culture culture() throws IOException {
    String text = string("a string");
    if (Checks.problemWithCulture(text) != null) {
      throw failAfterRest(
          "invalid culture \""
              + Messages.snippet(text)
              + "\": expected a locale code such as en, nl_BE or fr-BE");
    }
    return new Culture(text);
  }

  private LocalDateTime timestamp(boolean nullable) throws IOException {
    String text = string(nullable ? "a timestamp string or null" : "a timestamp string");
    LocalDateTime value = Checks.parseTimestamp(text);
    if (value == null) {
      throw failAfterRest(
          "invalid timestamp \""
              + Messages.snippet(text)
              + "\": expected yyyy-MM-dd HH:mm:ss, a real date and time");
    }
    return value;
  }

  private URI uri(boolean nullable) throws IOException {
    String text = string(nullable ? "a URI string or null" : "a URI string");
    URI last = lastUri;
    if (last != null && text.equals(lastUriText)) {
      return last; // header images often repeat one URI: URI is immutable, parse it once
    }
    String problem;
    try {
      URI uri = new URI(text);
      problem = Checks.problemWithHttpUri(uri);
      if (problem == null) {
        lastUriText = text;
        lastUri = uri;
        return uri;
      }
    } catch (URISyntaxException e) {
      problem = "is not a valid URI";
    }
    throw failAfterRest(
        "invalid URI \""
            + Messages.snippet(text)
            + "\": expected an absolute http or https URI; it "
            + problem);
  }

  private Integer formatVersion() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || !p.getText().equals("5")) {
      throw failAfterRest("expected the integer 5 (format version), found " + found());
    }
    return Release.FORMAT_VERSION;
  }
}
