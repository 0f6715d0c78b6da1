package org.pressroom.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.internal.Checks;

/**
 * A deliberately simple, trusting decoder of <em>valid</em> release JSON, to test the writer
 * against the fixtures without the strict reader: no schema errors, no limits, and unknown keys are
 * always preserved (as compact JSON text written by jackson-core, numbers as written). It is a test
 * oracle, not a second reader.
 */
final class OracleDecoder {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private OracleDecoder() {}

  /**
   * The known values of one object (strings, nulls, nested objects, lists of them) and its unknown
   * keys.
   */
  private static final class Obj {
    final Map<String, Object> known = new HashMap<>();
    final Map<String, String> unknown = new LinkedHashMap<>();

    String str(String key) {
      return (String) known.get(key);
    }

    Obj obj(String key) {
      return (Obj) known.get(key);
    }

    URI uri(String key) {
      String s = str(key);
      return s == null ? null : URI.create(s);
    }
  }

  static Release decode(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not an object");
      }
      Obj r = object(p, Release.KEYS);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content");
      }
      List<Contact> contacts = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<Obj> cs = (List<Obj>) r.known.get("contacts");
      for (Obj c : cs) {
        contacts.add(
            new Contact(
                c.str("name"),
                c.str("company"),
                c.str("description"),
                c.str("email"),
                c.str("website"),
                c.str("address"),
                c.str("telephone"),
                c.str("mobile"),
                c.str("twitter"),
                c.str("facebook"),
                c.unknown));
      }
      Obj mv = r.obj("mainvisual");
      Obj h = r.obj("header");
      Obj a = r.obj("author");
      return Release.builder()
          .title(r.str("title"))
          .modifiedAt(Checks.parseTimestamp(r.str("modified_at")))
          .publishedAt(
              r.str("published_at") == null ? null : Checks.parseTimestamp(r.str("published_at")))
          .url(r.uri("url"))
          .shortUrl(r.uri("short_url"))
          .culture(Culture.of(r.str("culture")))
          .language(r.str("language"))
          .subtitle(r.str("subtitle"))
          .slug(r.str("slug"))
          .body(r.str("body"))
          .mainVisual(
              mv == null
                  ? null
                  : new MainVisual(
                      mv.uri("thumbnail"), mv.uri("large"), mv.uri("original"), mv.unknown))
          .header(h == null ? null : new HeaderImage(h.uri("large"), h.uri("release"), h.unknown))
          .contacts(contacts)
          .author(a == null ? null : new Author(a.str("first_name"), a.str("last_name"), a.unknown))
          .unknownKeys(r.unknown)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an object whose START_OBJECT is the current token. */
  private static Obj object(JsonParser p, List<String> keys) throws IOException {
    Obj o = new Obj();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      if (!keys.contains(key)) {
        o.unknown.put(key, copy(p));
      } else if (t == JsonToken.VALUE_NULL) {
        o.known.put(key, null);
      } else if (t == JsonToken.START_OBJECT) {
        List<String> nested =
            key.equals("mainvisual")
                ? MainVisual.KEYS
                : key.equals("header") ? HeaderImage.KEYS : Author.KEYS;
        o.known.put(key, object(p, nested));
      } else if (t == JsonToken.START_ARRAY) {
        List<Obj> list = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          list.add(object(p, Contact.KEYS));
        }
        o.known.put(key, list);
      } else {
        o.known.put(key, p.getText());
      }
    }
    return o;
  }

  /** Copies the current value as compact JSON text, numbers exactly as written. */
  private static String copy(JsonParser p) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      int depth = 0;
      JsonToken t = p.currentToken();
      do {
        switch (t) {
          case START_OBJECT:
            g.writeStartObject();
            depth++;
            break;
          case END_OBJECT:
            g.writeEndObject();
            depth--;
            break;
          case START_ARRAY:
            g.writeStartArray();
            depth++;
            break;
          case END_ARRAY:
            g.writeEndArray();
            depth--;
            break;
          case FIELD_NAME:
            g.writeFieldName(p.currentName());
            break;
          case VALUE_STRING:
            g.writeString(p.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            g.writeNumber(p.getText());
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          case VALUE_NULL:
            g.writeNull();
            break;
          default:
            throw new IllegalStateException("unexpected " + t);
        }
      } while (depth > 0 && (t = p.nextToken()) != null);
    }
    return out.toString();
  }
}
