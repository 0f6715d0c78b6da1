package org.pressroom.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.Author;
import org.pressroom.Contact;
import org.pressroom.Culture;
import org.pressroom.HeaderImage;
import org.pressroom.MainVisual;
import org.pressroom.Release;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.SchemaException;
import org.pressroom.json.UnknownKeys;

/**
 * The strict reader behind {@link org.pressroom.json.ReleaseReader}: one immutable instance per
 * reader, holding the Jackson factories; each read runs in its own {@link Run}.
 *
 * <p>Conventions (documented for the CLI): a value error is located at the start of the value and
 * carries its pointer; an unknown or duplicate key is located at the key and carries the member's
 * pointer; a missing key is located at the object's opening brace and carries the object's pointer;
 * a syntax error carries the pointer of the innermost open container (null at the top level);
 * content after the root, an empty document and invalid UTF-8 carry no pointer. A schema error is
 * only thrown once the rest of the document has been read without a syntax error, so that every
 * input that is not JSON is reported as malformed.
 */
public final class ReleaseParser {
  private static final int ALL_RELEASE = (1 << 15) - 1;
  private static final int ALL_CONTACT = (1 << 10) - 1;

  private final ReadOptions options;
  private final JsonFactory single;
  private final JsonFactory inArray;

  public ReleaseParser(ReadOptions options) {
    this.options = options;
    this.single = factory(options, 0);
    this.inArray = factory(options, 1);
  }

  private static JsonFactory factory(ReadOptions options, int extraDepth) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth() + extraDepth)
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            // the document length is counted in characters by SourceReader (Jackson's check is per
            // buffer)
            .maxDocumentLength(-1L)
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  public ReadOptions options() {
    return options;
  }

  /** Reads one release from a string. */
  public Release read(String json) {
    if (json.length() > options.maxDocumentLength()) {
      int[] at = SourceReader.position(json, (int) options.maxDocumentLength());
      throw new LimitExceededException(documentTooLong(), null, at[0], at[1], -1, null);
    }
    try (JsonParser p = single.createParser(json)) {
      return new Run(p, 0, false).document();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one release from characters; does not close {@code in}. */
  public Release read(Reader in) throws IOException {
    try (JsonParser p =
        single.createParser(SourceReader.ofChars(in, options.maxDocumentLength()))) {
      return new Run(p, 0, false).document();
    }
  }

  /**
   * Reads one release from UTF-8 bytes held in memory. Well-formed UTF-8 within the length limit
   * (every real release) goes to Jackson's byte parser, which gives the same values as the
   * character parser; since its positions count bytes and it words some errors differently, input
   * it refuses is read again as characters, so every error is located and worded as for text. Other
   * input is decoded and read as characters, or, when it may be invalid UTF-8 or too long, takes
   * the streaming path, which locates the problem in characters.
   */
  public Release readUtf8(byte[] bytes) throws IOException {
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    int length = bytes.length - start;
    if (length <= options.maxDocumentLength() && byteParserReads(bytes, start, length)) {
      try (JsonParser p = single.createParser(bytes, start, length)) {
        return new Run(p, 0, false).document();
      } catch (ReadException e) {
        return read(new String(bytes, start, length, StandardCharsets.UTF_8));
      }
    }
    String json = new String(bytes, start, length, StandardCharsets.UTF_8);
    if (json.length() <= options.maxDocumentLength() && json.indexOf('\uFFFD') < 0) {
      return read(json);
    }
    return readUtf8(new ByteArrayInputStream(bytes));
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * {@return whether Jackson's byte parser reads these bytes as its character parser reads their
   * decoded text}: they are well-formed UTF-8, and they start neither with a NUL within the first
   * four bytes (Jackson would guess UTF-16 or UTF-32) nor with a byte order mark (Jackson would
   * drop it, while in the text it is a character).
   */
  static boolean byteParserReads(byte[] bytes, int from, int length) {
    for (int i = from; i < from + Math.min(length, 4); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    boolean bom =
        length >= 2
            && (bytes[from] == (byte) 0xEF
                || bytes[from] == (byte) 0xFE
                || bytes[from] == (byte) 0xFF);
    return !bom && isWellFormedUtf8(bytes, from, length);
  }

  /**
   * {@return whether the range is well-formed UTF-8} as the JDK's strict decoder sees it: no
   * overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequence. ASCII is
   * checked eight bytes at a time.
   */
  static boolean isWellFormedUtf8(byte[] bytes, int from, int length) {
    int i = from;
    int end = from + length;
    while (i < end) {
      if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
      } else if (b < 0xC2) {
        return false; // a continuation byte first, or an overlong two-byte form
      } else if (b < 0xE0) {
        if (i + 1 >= end || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= end || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second >= 0xA0)) {
          return false; // overlong, or a surrogate
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= end
            || !continuation(bytes[i + 1])
            || !continuation(bytes[i + 2])
            || !continuation(bytes[i + 3])) {
          return false;
        }
        int second = bytes[i + 1] & 0xFF;
        if ((b == 0xF0 && second < 0x90) || (b == 0xF4 && second >= 0x90)) {
          return false; // overlong, or above U+10FFFF
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Reads one release from UTF-8 bytes; does not close {@code in}. */
  public Release readUtf8(InputStream in) throws IOException {
    try (JsonParser p = single.createParser(SourceReader.ofUtf8(in, options.maxDocumentLength()))) {
      return new Run(p, 0, false).document();
    }
  }

  /** Reads one NDJSON line (no terminator) that is line {@code lineNumber} of its input. */
  Release readLine(char[] line, int length, int lineNumber) throws IOException {
    try (JsonParser p = single.createParser(line, 0, length)) {
      return new Run(p, lineNumber - 1, false).document();
    }
  }

  /** Reads one NDJSON line (no terminator), decoded, that is line {@code lineNumber}. */
  Release readLine(String line, int lineNumber) throws IOException {
    try (JsonParser p = single.createParser(line)) {
      return new Run(p, lineNumber - 1, false).document();
    }
  }

  /**
   * Reads one NDJSON line (no terminator) that is line {@code lineNumber}, in bytes that {@link
   * #byteParserReads} accepts: by the byte parser, and as in {@link #readUtf8(byte[])}, a line it
   * refuses is read again as characters, for the character parser's error.
   */
  Release readUtf8Line(byte[] bytes, int offset, int length, int lineNumber) throws IOException {
    try (JsonParser p = single.createParser(bytes, offset, length)) {
      return new Run(p, lineNumber - 1, false).document();
    } catch (ReadException e) {
      return readLine(new String(bytes, offset, length, StandardCharsets.UTF_8), lineNumber);
    }
  }

  JsonParser arrayParser(Reader source) throws IOException {
    return inArray.createParser(source);
  }

  String documentTooLong() {
    return "document longer than "
        + options.maxDocumentLength()
        + " characters (ReadOptions.maxDocumentLength)";
  }

  /** The state of one read; not thread-safe. */
  final class Run {
    private final JsonParser p;
    private final int lineOffset;
    private final boolean arrayMode;

    /** The last URI read in this document, and its text. */
    private @Nullable String lastUriText;

    private @Nullable URI lastUri;

    Run(JsonParser p, int lineOffset, boolean arrayMode) {
      this.p = p;
      this.lineOffset = lineOffset;
      this.arrayMode = arrayMode;
    }

    /** Reads a whole document: one release and nothing after it. */
    Release document() throws IOException {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          JsonLocation at = p.currentLocation();
          throw new MalformedJsonException(
              "empty document: expected a JSON object (a release)",
              null,
              at.getLineNr() + lineOffset,
              at.getColumnNr(),
              -1,
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
    SchemaException notAnArray() throws IOException {
      JsonLocation at = p.currentTokenLocation();
      SchemaException e =
          new SchemaException(
              "expected a JSON array of releases, found " + Messages.found(p),
              "",
              at.getLineNr(),
              at.getColumnNr(),
              -1,
              null);
      p.skipChildren();
      requireEndOfArray();
      return e;
    }

    /** After the collection's closing bracket: nothing but whitespace. */
    void requireEndOfArray() throws IOException {
      JsonToken t = p.nextToken();
      if (t != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new MalformedJsonException(
            "unexpected content after the root value: expected the end of the input, found "
                + (t == JsonToken.VALUE_STRING ? "a string" : Messages.found(p)),
            null,
            at.getLineNr(),
            at.getColumnNr(),
            -1,
            null);
      }
    }

    /** Turns a Jackson or source exception into ours; call inside a catch. */
    ReadException translate(IOException e) {
      if (e instanceof SourceReader.SourceProblem) {
        SourceReader.SourceProblem s = (SourceReader.SourceProblem) e;
        if (s.isLimit()) {
          return new LimitExceededException(s.getMessage(), null, s.line(), s.column(), -1, null);
        }
        return new MalformedJsonException(
            s.getMessage(), utf8Pointer(), s.line(), s.column(), -1, null);
      }
      if (e instanceof StreamConstraintsException) {
        JsonLocation at = p.currentTokenLocation();
        JsonStreamContext c = p.getParsingContext();
        // Jackson refuses a too-deep container after pushing its context: the offending value is
        // the parent's entry
        int limit = options.maxDepth() + (arrayMode ? 1 : 0);
        if (c.getNestingDepth() > limit && c.getParent() != null) {
          c = c.getParent();
        }
        return new LimitExceededException(
            limitReason(((StreamConstraintsException) e).getOriginalMessage()),
            path(c),
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            -1,
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
      return new MalformedJsonException(
          Messages.syntax(original, lineOffset),
          containerPointer(p.getParsingContext()),
          at.getLineNr() + lineOffset,
          column,
          -1,
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

    private void requireEnd() throws IOException {
      if (arrayMode) {
        return;
      }
      JsonToken t = p.nextToken();
      if (t != null) {
        JsonLocation at = p.currentTokenLocation();
        String found = t == JsonToken.VALUE_STRING ? "a string" : Messages.found(p);
        throw new MalformedJsonException(
            "unexpected content after the root value: expected the end of the input, found "
                + found,
            null,
            at.getLineNr() + lineOffset,
            at.getColumnNr(),
            -1,
            null);
      }
    }

    // ---- schema errors ----

    /**
     * A schema error at the current token; thrown only after the rest of the document proved
     * well-formed.
     */
    private SchemaException fail(String reason) throws IOException {
      return failAt(reason, pointer(), p.currentTokenLocation());
    }

    private SchemaException failAt(String reason, String pointer, JsonLocation at)
        throws IOException {
      SchemaException e =
          new SchemaException(
              Messages.cap(reason),
              pointer,
              at.getLineNr() + lineOffset,
              at.getColumnNr(),
              -1,
              null);
      drain();
      requireEnd();
      return e;
    }

    /** Reads to the end of the current record, checking syntax and limits only. */
    private void drain() throws IOException {
      int base = arrayMode ? 1 : 0;
      int max = options.maxStringLength();
      while (p.getParsingContext().getNestingDepth() > base) {
        JsonToken t = p.nextToken();
        if (t == null) {
          return;
        }
        if (t == JsonToken.VALUE_STRING && p.getTextLength() > max) {
          throw new LimitExceededException(
              stringTooLong(), pointer(), line(), p.currentTokenLocation().getColumnNr(), -1, null);
        }
      }
    }

    private int line() {
      return p.currentTokenLocation().getLineNr() + lineOffset;
    }

    private SchemaException wrongType(String expected) throws IOException {
      return fail("expected " + expected + ", found " + Messages.found(p));
    }

    // ---- pointers ----

    /** The pointer of the current token's value, or of the member for a key. */
    private String pointer() {
      JsonStreamContext c = p.getParsingContext();
      JsonToken t = p.currentToken();
      if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
        c = c.getParent();
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
      JsonStreamContext c = p.getParsingContext();
      if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && !c.inRoot()) {
        if (arrayMode && c.getParent() != null && c.getParent().inRoot() && c.inArray()) {
          return null;
        }
        return path(c);
      }
      return containerPointer(c);
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

    // ---- the release and its objects ----

    private Release release() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw wrongType("a JSON object (a release)");
      }
      JsonLocation start = p.currentTokenLocation();
      Members m = new Members(15);
      String title = null;
      LocalDateTime modifiedAt = null;
      LocalDateTime publishedAt = null;
      URI url = null;
      URI shortUrl = null;
      Culture culture = null;
      String language = null;
      String subtitle = null;
      String slug = null;
      String body = null;
      MainVisual mainVisual = null;
      HeaderImage header = null;
      List<Contact> contacts = List.of();
      Author author = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int key = releaseKey(name);
        if (key < 0) {
          m.unknown(name);
          continue;
        }
        m.known(key, name);
        p.nextToken();
        switch (key) {
          case 0:
            title = string();
            if (Checks.problemWithTitle(title) != null) {
              throw fail("title must not be blank, found \"" + Messages.snippet(title) + "\"");
            }
            break;
          case 1:
            modifiedAt = timestamp(false);
            break;
          case 2:
            publishedAt = timestamp(true);
            break;
          case 3:
            url = uri(false);
            break;
          case 4:
            shortUrl = uri(true);
            break;
          case 5:
            culture = culture();
            break;
          case 6:
            language = string();
            if (Checks.problemWithLanguage(language) != null) {
              throw fail(
                  "invalid language \""
                      + Messages.snippet(language)
                      + "\": expected 2 or 3 letters, like EN");
            }
            break;
          case 7:
            subtitle = nullableString();
            break;
          case 8:
            slug = string();
            break;
          case 9:
            body = string();
            break;
          case 10:
            mainVisual = mainVisual();
            break;
          case 11:
            header = header();
            break;
          case 12:
            contacts = contacts();
            break;
          case 13:
            author = author();
            break;
          default:
            formatVersion();
            break;
        }
      }
      m.requireAll(ALL_RELEASE, Release.KEYS, start);
      try {
        // requireAll has checked that every required member was read; the record checks nulls again
        @SuppressWarnings("NullAway")
        Release release =
            new Release(
                title,
                modifiedAt,
                publishedAt,
                url,
                shortUrl,
                culture,
                language,
                subtitle,
                slug,
                body,
                mainVisual,
                header,
                contacts,
                author,
                m.preserved());
        return release;
      } catch (IllegalArgumentException | NullPointerException e) {
        throw failAt(String.valueOf(e.getMessage()), "", start);
      }
    }

    private int releaseKey(String name) {
      switch (name) {
        case "title":
          return 0;
        case "modified_at":
          return 1;
        case "published_at":
          return 2;
        case "url":
          return 3;
        case "short_url":
          return 4;
        case "culture":
          return 5;
        case "language":
          return 6;
        case "subtitle":
          return 7;
        case "slug":
          return 8;
        case "body":
          return 9;
        case "mainvisual":
          return 10;
        case "header":
          return 11;
        case "contacts":
          return 12;
        case "author":
          return 13;
        case "format_version":
          return 14;
        default:
          return -1;
      }
    }

    private List<Contact> contacts() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw wrongType("an array of contacts");
      }
      List<Contact> list = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw wrongType("a contact object");
        }
        list.add(contact());
      }
      return list;
    }

    private Contact contact() throws IOException {
      JsonLocation start = p.currentTokenLocation();
      Members m = new Members(10);
      String[] values = new String[10];
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int key = contactKey(name);
        if (key < 0) {
          m.unknown(name);
          continue;
        }
        m.known(key, name);
        p.nextToken();
        values[key] = key == 0 ? string() : nullableString();
      }
      m.requireAll(ALL_CONTACT, Contact.KEYS, start);
      return new Contact(
          values[0],
          values[1],
          values[2],
          values[3],
          values[4],
          values[5],
          values[6],
          values[7],
          values[8],
          values[9],
          m.preserved());
    }

    private int contactKey(String name) {
      switch (name) {
        case "name":
          return 0;
        case "company":
          return 1;
        case "description":
          return 2;
        case "email":
          return 3;
        case "website":
          return 4;
        case "address":
          return 5;
        case "telephone":
          return 6;
        case "mobile":
          return 7;
        case "twitter":
          return 8;
        case "facebook":
          return 9;
        default:
          return -1;
      }
    }

    private @Nullable MainVisual mainVisual() throws IOException {
      URI[] v = new URI[3];
      Members m =
          nested(
              "an object {thumbnail, large, original} or null", MainVisual.KEYS, v, this::httpUri);
      return m == null ? null : new MainVisual(v[0], v[1], v[2], m.preserved());
    }

    private @Nullable HeaderImage header() throws IOException {
      URI[] v = new URI[2];
      Members m = nested("an object {large, release} or null", HeaderImage.KEYS, v, this::httpUri);
      return m == null ? null : new HeaderImage(v[0], v[1], m.preserved());
    }

    private @Nullable Author author() throws IOException {
      String[] v = new String[2];
      Members m = nested("an object {first_name, last_name} or null", Author.KEYS, v, this::string);
      return m == null ? null : new Author(v[0], v[1], m.preserved());
    }

    private URI httpUri() throws IOException {
      return Objects.requireNonNull(uri(false), "uri(false) never gives null");
    }

    /** Reads one value of a nested object; the parser is on the value's first token. */
    @FunctionalInterface
    private interface ValueReader<V> {
      V read() throws IOException;
    }

    /**
     * Reads a small nested object (main visual, header, author) whose keys are all required: each
     * value, read by {@code reader}, goes to {@code values} at its key's index in {@code keys}.
     * Returns the object's members (for its preserved unknown keys), or null for a JSON null.
     */
    private <V> @Nullable Members nested(
        String expected, List<String> keys, V[] values, ValueReader<V> reader) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      if (t != JsonToken.START_OBJECT) {
        throw wrongType(expected);
      }
      JsonLocation start = p.currentTokenLocation();
      Members m = new Members(keys.size());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int key = keys.indexOf(name);
        if (key < 0) {
          m.unknown(name);
          continue;
        }
        m.known(key, name);
        p.nextToken();
        values[key] = reader.read();
      }
      m.requireAll((1 << keys.size()) - 1, keys, start);
      return m;
    }

    // ---- values ----

    private String string() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType("a string");
      }
      return p.getText();
    }

    private @Nullable String nullableString() throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      throw wrongType("a string or null");
    }

    private @Nullable LocalDateTime timestamp(boolean nullable) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL && nullable) {
        return null;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw wrongType(nullable ? "a timestamp string or null" : "a timestamp string");
      }
      String text = p.getText();
      LocalDateTime value = Checks.parseTimestamp(text);
      if (value == null) {
        throw fail(
            "invalid timestamp \""
                + Messages.snippet(text)
                + "\": expected yyyy-MM-dd HH:mm:ss, a real date and time");
      }
      return value;
    }

    private @Nullable URI uri(boolean nullable) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL && nullable) {
        return null;
      }
      if (t != JsonToken.VALUE_STRING) {
        throw wrongType(nullable ? "a URI string or null" : "a URI string");
      }
      String text = p.getText();
      if (text.equals(lastUriText)) {
        return lastUri; // header images often repeat one URI: URI is immutable, parse it once
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
      throw fail(
          "invalid URI \""
              + Messages.snippet(text)
              + "\": expected an absolute http or https URI; it "
              + problem);
    }

    private Culture culture() throws IOException {
      String text = string();
      if (Checks.problemWithCulture(text) != null) {
        throw fail(
            "invalid culture \""
                + Messages.snippet(text)
                + "\": expected a locale code such as en, nl_BE or fr-BE");
      }
      return new Culture(text);
    }

    private void formatVersion() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || !p.getText().equals("5")) {
        throw fail("expected the integer 5 (format version), found " + Messages.found(p));
      }
    }

    // ---- unknown values ----

    /**
     * Skips (or, with {@code out}, writes compactly) the value at the current token, checking
     * duplicate keys and string lengths. Iterative: its depth is bounded by the parser's nesting
     * limit, not by the stack.
     */
    void skip(@Nullable StringBuilder out) throws IOException {
      JsonToken t = p.currentToken();
      List<@Nullable Map<String, JsonLocation>> keys = new ArrayList<>();
      while (true) {
        switch (t) {
          case START_OBJECT:
            comma(out);
            if (out != null) {
              out.append('{');
            }
            keys.add(new HashMap<>());
            break;
          case START_ARRAY:
            comma(out);
            if (out != null) {
              out.append('[');
            }
            keys.add(null);
            break;
          case END_OBJECT:
          case END_ARRAY:
            if (out != null) {
              out.append(t == JsonToken.END_OBJECT ? '}' : ']');
            }
            keys.remove(keys.size() - 1);
            break;
          case FIELD_NAME:
            String name = p.currentName();
            Map<String, JsonLocation> seen = keys.get(keys.size() - 1);
            JsonLocation here = p.currentTokenLocation();
            JsonLocation first = seen == null ? null : seen.putIfAbsent(name, here);
            if (first != null) {
              throw duplicate(name, first);
            }
            comma(out);
            if (out != null) {
              quote(out, name);
              out.append(':');
            }
            break;
          case VALUE_STRING:
            if (p.getTextLength() > options.maxStringLength()) {
              JsonLocation at = p.currentTokenLocation();
              throw new LimitExceededException(
                  stringTooLong(),
                  pointer(),
                  at.getLineNr() + lineOffset,
                  at.getColumnNr(),
                  -1,
                  null);
            }
            comma(out);
            if (out != null) {
              quote(out, p.getText());
            }
            break;
          default:
            comma(out);
            if (out != null) {
              out.append(p.getText());
            }
            break;
        }
        if (keys.isEmpty()) {
          return;
        }
        t = p.nextToken();
      }
    }

    private void comma(@Nullable StringBuilder out) {
      if (out != null && out.length() > 0) {
        char last = out.charAt(out.length() - 1);
        if (last != '{' && last != '[' && last != ':') {
          out.append(',');
        }
      }
    }

    private SchemaException duplicate(String name, JsonLocation first) throws IOException {
      return fail(
          "duplicate key \""
              + Messages.snippet(name)
              + "\" (first at line "
              + (first.getLineNr() + lineOffset)
              + ", column "
              + first.getColumnNr()
              + ")");
    }

    /** The keys of one object: which known keys were seen and where, and the unknown ones. */
    private final class Members {
      private final JsonLocation[] at;
      private int seen;
      private @Nullable Map<String, JsonLocation> unknownAt;
      private @Nullable Map<String, String> preserved;

      Members(int known) {
        this.at = new JsonLocation[known];
      }

      void known(int key, String name) throws IOException {
        int bit = 1 << key;
        if ((seen & bit) != 0) {
          throw duplicate(name, at[key]);
        }
        seen |= bit;
        at[key] = p.currentTokenLocation();
      }

      void unknown(String name) throws IOException {
        UnknownKeys mode = options.unknownKeys();
        if (mode == UnknownKeys.REJECT) {
          throw fail(
              "unknown key \""
                  + Messages.snippet(name)
                  + "\" (to accept it, read with ReadOptions.unknownKeys IGNORE or PRESERVE)");
        }
        if (unknownAt == null) {
          unknownAt = new HashMap<>();
        }
        JsonLocation first = unknownAt.putIfAbsent(name, p.currentTokenLocation());
        if (first != null) {
          throw duplicate(name, first);
        }
        p.nextToken();
        if (mode == UnknownKeys.IGNORE) {
          skip(null);
        } else {
          StringBuilder sb = new StringBuilder();
          skip(sb);
          if (preserved == null) {
            preserved = new LinkedHashMap<>();
          }
          preserved.put(name, sb.toString());
        }
      }

      void requireAll(int all, List<String> names, JsonLocation start) throws IOException {
        if (seen != all) {
          for (int i = 0; i < names.size(); i++) {
            if ((seen & (1 << i)) == 0) {
              throw failAt("missing key \"" + names.get(i) + "\"", pointer(), start);
            }
          }
        }
      }

      Map<String, String> preserved() {
        return preserved == null ? Map.of() : preserved;
      }
    }
  }

  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
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
