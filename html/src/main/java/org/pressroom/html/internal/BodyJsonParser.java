package org.pressroom.html.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pressroom.Contact;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.ContactBlock;
import org.pressroom.html.Dateline;
import org.pressroom.html.Divider;
import org.pressroom.html.Embed;
import org.pressroom.html.Heading;
import org.pressroom.html.Image;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.LinkKind;
import org.pressroom.html.ListBlock;
import org.pressroom.html.ListItem;
import org.pressroom.html.Mark;
import org.pressroom.html.Paragraph;
import org.pressroom.html.Preformatted;
import org.pressroom.html.Quote;
import org.pressroom.html.Role;
import org.pressroom.html.Table;
import org.pressroom.html.TableCell;
import org.pressroom.html.Text;
import org.pressroom.internal.DocumentParser;
import org.pressroom.internal.SourceReader;
import org.pressroom.json.LimitExceededException;
import org.pressroom.json.MalformedJsonException;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.SchemaException;
import org.pressroom.json.UnknownKeys;

/**
 * Reads the body JSON (DESIGN section 3) back into a {@link Body}, strictly: every key of each
 * object present, none unknown (unless the options ignore them) or repeated, every value of its
 * JSON type, every name (type, mark, kind, origin, role) one of the contract's, and each derived
 * {@code text} equal to the text of what was read. Errors are core's {@link ReadException}s,
 * located by JSON Pointer, line and column (in characters).
 *
 * <p>Keys may come in any order. Nested values are read by recursion, a few frames per level of
 * JSON nesting, which {@link ReadOptions#maxDepth()} bounds.
 */
public final class BodyJsonParser implements DocumentParser<Body> {
  private static final int MAX_REASON = 200;
  private static final int SNIPPET = 40;

  private static final Set<String> ROLES =
      Set.of(
          "title",
          "notice",
          "lead",
          "body",
          "boilerplate",
          "contacts",
          "notes",
          "disclaimer",
          "end");

  /** The keys of each block type, {@code type} and {@code text} included. */
  private static final Map<String, Set<String>> BLOCK_KEYS =
      Map.of(
          "paragraph", Set.of("type", "text", "content"),
          "heading", Set.of("type", "text", "level", "inferred", "content"),
          "list", Set.of("type", "text", "ordered", "items"),
          "quote", Set.of("type", "text", "blocks"),
          "divider", Set.of("type", "text"),
          "image", Set.of("type", "text", "src", "alt", "caption", "link"),
          "contact", Set.of("type", "text", "contact", "avatar", "origin"),
          "embed", Set.of("type", "text", "src"),
          "table", Set.of("type", "text", "rows"),
          "preformatted", Set.of("type", "text"));

  private static final Map<String, Set<String>> INLINE_KEYS =
      Map.of(
          "text", Set.of("type", "text", "marks"),
          "link", Set.of("type", "href", "content"),
          "break", Set.of("type"),
          "image", Set.of("type", "src", "alt"));

  private final ReadOptions options;
  private final JsonFactory factory;

  /**
   * A parser with these options: their limits bound the input, and their unknown-key policy says
   * whether an unknown key is refused ({@link UnknownKeys#REJECT}) or skipped (the others: the
   * model has no place to keep one).
   */
  public BodyJsonParser(ReadOptions options) {
    this.options = options;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxDocumentLength(-1L)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  /** Reads a body from characters; does not close {@code in}. */
  @Override
  public Body read(Reader in) throws IOException {
    return read(SourceReader.ofChars(in, options.maxDocumentLength()));
  }

  /**
   * Reads a body from UTF-8 bytes (a leading byte order mark skipped); does not close {@code in}.
   */
  @Override
  public Body readUtf8(InputStream in) throws IOException {
    return read(SourceReader.ofUtf8(in, options.maxDocumentLength()));
  }

  private Body read(SourceReader source) throws IOException {
    try (JsonParser p = factory.createParser(source)) {
      return new Run(p).document();
    }
  }

  private static String escapeKey(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String snippet(String text) {
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

  /** The fields of one block or inline object, gathered before its type decides what they make. */
  private static final class Fields {
    final Map<String, JsonLocation> keyAt = new HashMap<>();
    @Nullable String type;

    /** A top-level block's role, or null. */
    @Nullable Role role;

    @Nullable String text;
    @Nullable JsonLocation textAt;
    @Nullable List<Inline> content;
    int level;
    boolean inferred;
    boolean ordered;
    @Nullable List<ListItem> items;
    @Nullable List<Block> blocks;
    @Nullable String src;
    @Nullable String alt;
    @Nullable String caption;
    @Nullable String link;
    @Nullable Contact contact;
    @Nullable String avatar;
    ContactBlock.@Nullable Origin origin;
    @Nullable List<List<TableCell>> rows;
    Set<Mark> marks = Set.of();
    @Nullable String href;
  }

  /** One read: the parser and what it needs; not thread-safe. */
  private final class Run {
    private final JsonParser p;

    Run(JsonParser p) {
      this.p = p;
    }

    Body document() throws IOException {
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          JsonLocation at = p.currentLocation();
          throw new MalformedJsonException(
              "empty document: expected a body JSON object",
              null,
              at.getLineNr(),
              at.getColumnNr(),
              -1,
              null);
        }
        Body body = body();
        JsonToken after = p.nextToken();
        if (after != null) {
          JsonLocation at = p.currentTokenLocation();
          throw new MalformedJsonException(
              "unexpected content after the root value: expected the end of the input",
              null,
              at.getLineNr(),
              at.getColumnNr(),
              -1,
              null);
        }
        return body;
      } catch (StackOverflowError e) {
        // Only under a depth limit set beyond what the thread's stack holds: refuse, never crash.
        JsonLocation at = p.currentTokenLocation();
        throw new LimitExceededException(
            "nesting too deep for the stack of this thread (lower ReadOptions.maxDepth)",
            null,
            at.getLineNr(),
            at.getColumnNr(),
            -1,
            null);
      } catch (SourceReader.SourceProblem e) {
        if (e.isLimit()) {
          throw new LimitExceededException(e.getMessage(), null, e.line(), e.column(), -1, e);
        }
        throw new MalformedJsonException(e.getMessage(), null, e.line(), e.column(), -1, e);
      } catch (StreamConstraintsException e) {
        JsonLocation at = p.currentTokenLocation();
        String m = String.valueOf(e.getOriginalMessage());
        String reason =
            m.contains("nesting depth")
                ? "nesting deeper than " + options.maxDepth() + " levels (ReadOptions.maxDepth)"
                : m.startsWith("Number")
                    ? "number too long"
                    : "string longer than "
                        + options.maxStringLength()
                        + " characters (ReadOptions.maxStringLength)";
        throw new LimitExceededException(reason, null, at.getLineNr(), at.getColumnNr(), -1, e);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String m = String.valueOf(e.getOriginalMessage());
        if (m.length() > MAX_REASON) {
          m = m.substring(0, MAX_REASON) + "...";
        }
        throw new MalformedJsonException(
            "malformed JSON: " + m, null, at.getLineNr(), at.getColumnNr(), -1, e);
      }
    }

    // ---- errors ----

    private SchemaException fail(String reason, String pointer, JsonLocation at) {
      return new SchemaException(reason, pointer, at.getLineNr(), at.getColumnNr(), -1, null);
    }

    private SchemaException wrongType(String expected, String pointer) throws IOException {
      return fail("expected " + expected + ", found " + found(), pointer, p.currentTokenLocation());
    }

    private String found() throws IOException {
      JsonToken t = p.currentToken();
      if (t == null) {
        return "the end of the input";
      }
      switch (t) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "the string " + snippet(p.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          String n = p.getText();
          return "the number " + (n.length() > SNIPPET ? n.substring(0, SNIPPET) + "..." : n);
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return "null";
        default:
          return t.asString() == null ? t.name() : t.asString();
      }
    }

    // ---- values ----

    private String string(String pointer) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType("a string", pointer);
      }
      return p.getText();
    }

    private @Nullable String stringOrNull(String pointer) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType("a string or null", pointer);
      }
      return p.getText();
    }

    private boolean bool(String pointer) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE) {
        return true;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return false;
      }
      throw wrongType("true or false", pointer);
    }

    private int integer(String pointer, int min, int max) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
          || p.getNumberType() != JsonParser.NumberType.INT
          || p.getIntValue() < min
          || p.getIntValue() > max) {
        throw wrongType("an integer from " + min + " to " + max, pointer);
      }
      return p.getIntValue();
    }

    private void startArray(String pointer) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw wrongType("an array", pointer);
      }
    }

    private void startObject(String pointer, String what) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw wrongType(what, pointer);
      }
    }

    /**
     * Moves to the next key of an object, or returns null at its end; refuses a repeated key and
     * leaves the parser on the key's value.
     */
    private @Nullable String nextKey(String pointer, Map<String, JsonLocation> seen)
        throws IOException {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        return null;
      }
      String key = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      JsonLocation first = seen.putIfAbsent(key, at);
      if (first != null) {
        throw fail(
            "duplicate key \""
                + key
                + "\" (first at line "
                + first.getLineNr()
                + ", column "
                + first.getColumnNr()
                + ")",
            pointer + "/" + escapeKey(key),
            at);
      }
      p.nextToken();
      return key;
    }

    /** {@return where a key that was read stands} */
    private JsonLocation located(Map<String, JsonLocation> seen, String key) {
      return Objects.requireNonNull(seen.get(key), key);
    }

    /** An unknown key: refused, or its value skipped. */
    private void unknown(String key, String memberPointer, String what, JsonLocation at)
        throws IOException {
      if (options.unknownKeys() == UnknownKeys.REJECT) {
        throw fail("unknown key \"" + key + "\" in " + what, memberPointer, at);
      }
      p.skipChildren();
    }

    private void require(
        Map<String, JsonLocation> seen,
        Set<String> keys,
        String pointer,
        String what,
        JsonLocation start) {
      for (String k : sortedKeys(keys)) {
        if (!seen.containsKey(k)) {
          throw fail("missing key \"" + k + "\" in " + what, pointer, start);
        }
      }
    }

    private List<String> sortedKeys(Set<String> keys) {
      List<String> list = new ArrayList<>(keys);
      list.sort(null);
      return list;
    }

    // ---- the body ----

    private Body body() throws IOException {
      startObject("", "a body JSON object");
      JsonLocation start = p.currentTokenLocation();
      Map<String, JsonLocation> seen = new HashMap<>();
      List<Block> blocks = List.of();
      Dateline dateline = null;
      List<BodyLink> links = List.of();
      List<BodyIssue> issues = List.of();
      for (String key = nextKey("", seen); key != null; key = nextKey("", seen)) {
        String at = "/" + escapeKey(key);
        switch (key) {
          case "blocks":
            blocks = blocks(at, true);
            break;
          case "dateline":
            dateline = p.currentToken() == JsonToken.VALUE_NULL ? null : dateline(at);
            break;
          case "links":
            links = links(at);
            break;
          case "issues":
            issues = issues(at);
            break;
          default:
            unknown(key, at, "the body", located(seen, key));
        }
      }
      require(seen, Set.of("blocks", "dateline", "links", "issues"), "", "the body", start);
      // The roles as written when every top-level block has one; else inferred from the blocks.
      if (!roles.isEmpty() && !roles.contains(null)) {
        List<Role> given = new ArrayList<>(roles.size());
        for (Role r : roles) {
          given.add(Objects.requireNonNull(r));
        }
        return new Body(blocks, dateline, links, issues, given);
      }
      return new Body(blocks, dateline, links, issues);
    }

    private Dateline dateline(String pointer) throws IOException {
      startObject(pointer, "a dateline object or null");
      JsonLocation start = p.currentTokenLocation();
      Map<String, JsonLocation> seen = new HashMap<>();
      String location = "";
      LocalDate date = null;
      String text = "";
      for (String key = nextKey(pointer, seen); key != null; key = nextKey(pointer, seen)) {
        String at = pointer + "/" + escapeKey(key);
        switch (key) {
          case "location":
            location = string(at);
            break;
          case "date":
            date = date(at);
            break;
          case "text":
            text = string(at);
            break;
          default:
            unknown(key, at, "a dateline", located(seen, key));
        }
      }
      require(seen, Set.of("location", "date", "text"), pointer, "a dateline", start);
      return new Dateline(location, date, text);
    }

    private @Nullable LocalDate date(String pointer) throws IOException {
      String text = stringOrNull(pointer);
      if (text == null) {
        return null;
      }
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw wrongType("a date yyyy-MM-dd", pointer);
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw wrongType("a real date yyyy-MM-dd", pointer);
      }
    }

    private List<BodyLink> links(String pointer) throws IOException {
      startArray(pointer);
      List<BodyLink> out = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String ip = pointer + "/" + i;
        startObject(ip, "a link object");
        JsonLocation start = p.currentTokenLocation();
        Map<String, JsonLocation> seen = new HashMap<>();
        String href = "";
        String text = "";
        LinkKind kind = LinkKind.OTHER;
        for (String key = nextKey(ip, seen); key != null; key = nextKey(ip, seen)) {
          String at = ip + "/" + escapeKey(key);
          switch (key) {
            case "href":
              href = string(at);
              break;
            case "text":
              text = string(at);
              break;
            case "kind":
              kind = linkKind(at);
              break;
            default:
              unknown(key, at, "a link", located(seen, key));
          }
        }
        require(seen, Set.of("href", "text", "kind"), ip, "a link", start);
        out.add(new BodyLink(href, text, kind));
      }
      return out;
    }

    private LinkKind linkKind(String pointer) throws IOException {
      String name = string(pointer);
      for (LinkKind k : LinkKind.values()) {
        if (k.jsonName().equals(name)) {
          return k;
        }
      }
      throw wrongType("a link kind (web, email, phone, anchor, other)", pointer);
    }

    private List<BodyIssue> issues(String pointer) throws IOException {
      startArray(pointer);
      List<BodyIssue> out = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String ip = pointer + "/" + i;
        startObject(ip, "an issue object");
        JsonLocation start = p.currentTokenLocation();
        Map<String, JsonLocation> seen = new HashMap<>();
        BodyIssue.Kind kind = BodyIssue.Kind.UNSUPPORTED_MARKUP;
        String message = "";
        for (String key = nextKey(ip, seen); key != null; key = nextKey(ip, seen)) {
          String at = ip + "/" + escapeKey(key);
          switch (key) {
            case "kind":
              kind = issueKind(at);
              break;
            case "message":
              message = string(at);
              break;
            default:
              unknown(key, at, "an issue", located(seen, key));
          }
        }
        require(seen, Set.of("kind", "message"), ip, "an issue", start);
        out.add(new BodyIssue(kind, message, ""));
      }
      return out;
    }

    private BodyIssue.Kind issueKind(String pointer) throws IOException {
      String name = string(pointer);
      for (BodyIssue.Kind k : BodyIssue.Kind.values()) {
        if (k.jsonName().equals(name)) {
          return k;
        }
      }
      throw wrongType("an issue kind such as unsafe-link", pointer);
    }

    // ---- blocks ----

    private List<Block> blocks(String pointer, boolean top) throws IOException {
      startArray(pointer);
      List<Block> out = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        out.add(block(pointer + "/" + i, top));
      }
      return out;
    }

    /** {@return the role of a top-level block}; for a nested block, an unknown key (null) */
    private @Nullable Role role(String key, String at, boolean top, Fields f) throws IOException {
      if (!top) {
        unknown(
            key, at, "a nested block (only top-level blocks have a role)", located(f.keyAt, key));
        return null;
      }
      String role = string(at);
      if (!ROLES.contains(role)) {
        throw wrongType(
            "a role (title, notice, lead, body, boilerplate, contacts, notes, disclaimer, end)",
            at);
      }
      return Role.valueOf(role.toUpperCase(Locale.ROOT));
    }

    /** The roles of the top-level blocks read so far, null where a block has none. */
    private final List<@Nullable Role> roles = new ArrayList<>();

    private Block block(String pointer, boolean top) throws IOException {
      startObject(pointer, "a block object");
      JsonLocation start = p.currentTokenLocation();
      Fields f = new Fields();
      for (String key = nextKey(pointer, f.keyAt); key != null; key = nextKey(pointer, f.keyAt)) {
        String at = pointer + "/" + escapeKey(key);
        switch (key) {
          case "type":
            f.type = string(at);
            if (!BLOCK_KEYS.containsKey(f.type)) {
              throw wrongType(
                  "a block type (paragraph, heading, list, quote, divider, image, contact, embed,"
                      + " table, preformatted)",
                  at);
            }
            break;
          case "text":
            f.text = string(at);
            f.textAt = p.currentTokenLocation();
            break;
          case "role":
            f.role = role(key, at, top, f);
            break;
          case "content":
            f.content = inlines(at);
            break;
          case "level":
            f.level = integer(at, 1, 6);
            break;
          case "inferred":
            f.inferred = bool(at);
            break;
          case "ordered":
            f.ordered = bool(at);
            break;
          case "items":
            f.items = items(at);
            break;
          case "blocks":
            f.blocks = blocks(at, false);
            break;
          case "src":
            f.src = string(at);
            break;
          case "alt":
            f.alt = string(at);
            break;
          case "caption":
            f.caption = stringOrNull(at);
            break;
          case "link":
            f.link = stringOrNull(at);
            break;
          case "contact":
            f.contact = contact(at);
            break;
          case "avatar":
            f.avatar = stringOrNull(at);
            break;
          case "origin":
            f.origin = origin(at);
            break;
          case "rows":
            f.rows = rows(at);
            break;
          default:
            unknown(key, at, "a block", located(f.keyAt, key));
        }
      }
      return finish(pointer, top, start, f);
    }

    /**
     * Checks a block's keys and text and makes it: apart from {@link #block}, so that the frame of
     * each level of nesting stays small.
     */
    private Block finish(String pointer, boolean top, JsonLocation start, Fields f)
        throws IOException {
      String type = f.type;
      if (type == null) {
        throw fail("missing key \"type\" in a block", pointer, start);
      }
      Set<String> keys = Objects.requireNonNull(BLOCK_KEYS.get(type));
      String what = "a " + type + " block";
      for (Map.Entry<String, JsonLocation> e : f.keyAt.entrySet()) {
        String k = e.getKey();
        boolean known = keys.contains(k) || (top && k.equals("role"));
        if (!known && options.unknownKeys() == UnknownKeys.REJECT) {
          throw fail(
              "unknown key \"" + k + "\" in " + what, pointer + "/" + escapeKey(k), e.getValue());
        }
      }
      require(f.keyAt, keys, pointer, what, start);
      Block block = make(type, f);
      if (top) {
        roles.add(f.role);
      }
      String text = f.text == null ? "" : f.text;
      if (!block.text().equals(text)) {
        JsonLocation at = f.textAt == null ? start : f.textAt;
        throw fail(
            "text does not match the block's content: expected "
                + snippet(block.text())
                + ", found "
                + snippet(text),
            pointer + "/text",
            at);
      }
      return block;
    }

    @SuppressWarnings("NullAway") // the keys of the type were required just before
    private Block make(String type, Fields f) {
      String text = f.text == null ? "" : f.text;
      switch (type) {
        case "paragraph":
          return new Paragraph(f.content);
        case "heading":
          return new Heading(f.level, f.inferred, f.content);
        case "list":
          return new ListBlock(f.ordered, f.items);
        case "quote":
          return new Quote(f.blocks);
        case "divider":
          return new Divider();
        case "image":
          return new Image(f.src, f.alt, f.caption, f.link);
        case "contact":
          return new ContactBlock(f.contact, f.avatar, f.origin, text);
        case "embed":
          return new Embed(f.src);
        case "table":
          return new Table(f.rows);
        case "preformatted":
          return new Preformatted(text);
        default:
          throw new IllegalStateException(type);
      }
    }

    private List<ListItem> items(String pointer) throws IOException {
      startArray(pointer);
      List<ListItem> out = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String ip = pointer + "/" + i;
        startObject(ip, "a list item object");
        JsonLocation start = p.currentTokenLocation();
        Map<String, JsonLocation> seen = new HashMap<>();
        List<Block> blocks = List.of();
        for (String key = nextKey(ip, seen); key != null; key = nextKey(ip, seen)) {
          String at = ip + "/" + escapeKey(key);
          if (key.equals("blocks")) {
            blocks = blocks(at, false);
          } else {
            unknown(key, at, "a list item", located(seen, key));
          }
        }
        require(seen, Set.of("blocks"), ip, "a list item", start);
        out.add(new ListItem(blocks));
      }
      return out;
    }

    private List<List<TableCell>> rows(String pointer) throws IOException {
      startArray(pointer);
      List<List<TableCell>> out = new ArrayList<>();
      for (int r = 0; p.nextToken() != JsonToken.END_ARRAY; r++) {
        String rp = pointer + "/" + r;
        startArray(rp);
        List<TableCell> row = new ArrayList<>();
        for (int c = 0; p.nextToken() != JsonToken.END_ARRAY; c++) {
          row.add(cell(rp + "/" + c));
        }
        out.add(row);
      }
      return out;
    }

    private TableCell cell(String pointer) throws IOException {
      startObject(pointer, "a table cell object");
      JsonLocation start = p.currentTokenLocation();
      Map<String, JsonLocation> seen = new HashMap<>();
      boolean header = false;
      int colspan = 1;
      int rowspan = 1;
      List<Block> blocks = List.of();
      for (String key = nextKey(pointer, seen); key != null; key = nextKey(pointer, seen)) {
        String at = pointer + "/" + escapeKey(key);
        switch (key) {
          case "header":
            header = bool(at);
            break;
          case "blocks":
            blocks = blocks(at, false);
            break;
          case "colspan":
            colspan = integer(at, 1, Integer.MAX_VALUE);
            break;
          case "rowspan":
            rowspan = integer(at, 1, Integer.MAX_VALUE);
            break;
          default:
            unknown(key, at, "a table cell", located(seen, key));
        }
      }
      require(seen, Set.of("header", "blocks"), pointer, "a table cell", start);
      return new TableCell(header, blocks, colspan, rowspan);
    }

    private Contact contact(String pointer) throws IOException {
      startObject(pointer, "a contact object");
      JsonLocation start = p.currentTokenLocation();
      Map<String, JsonLocation> seen = new HashMap<>();
      String[] values = new String[Contact.KEYS.size()];
      for (String key = nextKey(pointer, seen); key != null; key = nextKey(pointer, seen)) {
        String at = pointer + "/" + escapeKey(key);
        int index = Contact.KEYS.indexOf(key);
        if (index == 0) {
          values[0] = string(at);
        } else if (index > 0) {
          values[index] = stringOrNull(at);
        } else {
          unknown(key, at, "a contact", located(seen, key));
        }
      }
      require(seen, Set.copyOf(Contact.KEYS), pointer, "a contact", start);
      return new Contact(
          values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
          values[8], values[9]);
    }

    private ContactBlock.Origin origin(String pointer) throws IOException {
      String name = string(pointer);
      for (ContactBlock.Origin o : ContactBlock.Origin.values()) {
        if (o.jsonName().equals(name)) {
          return o;
        }
      }
      throw wrongType("a contact origin (card, text, microformat)", pointer);
    }

    // ---- inlines ----

    private List<Inline> inlines(String pointer) throws IOException {
      startArray(pointer);
      List<Inline> out = new ArrayList<>();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        out.add(inline(pointer + "/" + i));
      }
      return out;
    }

    private Inline inline(String pointer) throws IOException {
      startObject(pointer, "an inline object");
      JsonLocation start = p.currentTokenLocation();
      Fields f = new Fields();
      for (String key = nextKey(pointer, f.keyAt); key != null; key = nextKey(pointer, f.keyAt)) {
        String at = pointer + "/" + escapeKey(key);
        switch (key) {
          case "type":
            f.type = string(at);
            if (!INLINE_KEYS.containsKey(f.type)) {
              throw wrongType("an inline type (text, link, break, image)", at);
            }
            break;
          case "text":
            f.text = string(at);
            break;
          case "marks":
            f.marks = marks(at);
            break;
          case "href":
            f.href = string(at);
            break;
          case "content":
            f.content = inlines(at);
            break;
          case "src":
            f.src = string(at);
            break;
          case "alt":
            f.alt = string(at);
            break;
          default:
            unknown(key, at, "an inline", located(f.keyAt, key));
        }
      }
      String type = f.type;
      if (type == null) {
        throw fail("missing key \"type\" in an inline", pointer, start);
      }
      Set<String> keys = Objects.requireNonNull(INLINE_KEYS.get(type));
      String what = "a " + type + " inline";
      for (Map.Entry<String, JsonLocation> e : f.keyAt.entrySet()) {
        if (!keys.contains(e.getKey()) && options.unknownKeys() == UnknownKeys.REJECT) {
          throw fail(
              "unknown key \"" + e.getKey() + "\" in " + what,
              pointer + "/" + escapeKey(e.getKey()),
              e.getValue());
        }
      }
      require(f.keyAt, keys, pointer, what, start);
      return makeInline(type, f);
    }

    @SuppressWarnings("NullAway") // the keys of the type were required just before
    private Inline makeInline(String type, Fields f) {
      switch (type) {
        case "text":
          return new Text(f.text, f.marks);
        case "link":
          return new Link(f.href, Hrefs.classify(f.href, null).kind(), f.content, null, null);
        case "break":
          return new LineBreak();
        case "image":
          return new InlineImage(f.src, f.alt);
        default:
          throw new IllegalStateException(type);
      }
    }

    private Set<Mark> marks(String pointer) throws IOException {
      startArray(pointer);
      Set<Mark> out = EnumSet.noneOf(Mark.class);
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = pointer + "/" + i;
        String name = string(at);
        Mark mark = null;
        for (Mark m : Mark.values()) {
          if (m.jsonName().equals(name)) {
            mark = m;
          }
        }
        if (mark == null) {
          throw wrongType(
              "a mark (bold, italic, underline, strikethrough, subscript, superscript, code)", at);
        }
        if (!out.add(mark)) {
          throw fail("mark \"" + name + "\" given twice", at, p.currentTokenLocation());
        }
      }
      return out;
    }
  }
}
