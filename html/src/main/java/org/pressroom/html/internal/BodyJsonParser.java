package org.pressroom.html.internal;

import static org.pressroom.internal.ReadErrors.Kind.LIMIT_EXCEEDED;
import static org.pressroom.internal.ReadErrors.Kind.MALFORMED_JSON;

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
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pressroom.html.Block;
import org.pressroom.html.Body;
import org.pressroom.html.BodyIssue;
import org.pressroom.html.BodyLink;
import org.pressroom.html.Dateline;
import org.pressroom.html.LinkKind;
import org.pressroom.html.Role;
import org.pressroom.html.internal.JsonCursor.Members;
import org.pressroom.html.internal.JsonCursor.ObjectKeys;
import org.pressroom.internal.DocumentParser;
import org.pressroom.internal.ReadErrors;
import org.pressroom.internal.SourceReader;
import org.pressroom.json.ReadException;
import org.pressroom.json.ReadOptions;
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

  private static final ObjectKeys BODY =
      ObjectKeys.of("the body", "blocks", "dateline", "links", "issues");
  private static final ObjectKeys DATELINE =
      ObjectKeys.of("a dateline", "location", "date", "text");
  private static final ObjectKeys LINK = ObjectKeys.of("a link", "href", "text", "kind");
  private static final ObjectKeys ISSUE = ObjectKeys.of("an issue", "kind", "message");
  private static final JsonNames<LinkKind> LINK_KINDS =
      JsonNames.listed("a link kind", LinkKind.values(), LinkKind::jsonName);
  private static final JsonNames<BodyIssue.Kind> ISSUE_KINDS =
      JsonNames.of(
          "an issue kind such as unsafe-link", BodyIssue.Kind.values(), BodyIssue.Kind::jsonName);

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
      return document(p);
    }
  }

  private Body document(JsonParser p) throws IOException {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw malformed("empty document: expected a body JSON object", p.currentLocation(), null);
      }
      Body body = body(new JsonCursor(p, options.unknownKeys()));
      JsonToken after = p.nextToken();
      if (after != null) {
        throw malformed(
            "unexpected content after the root value: expected the end of the input",
            p.currentTokenLocation(),
            null);
      }
      return body;
    } catch (StackOverflowError e) {
      // Only under a depth limit set beyond what the thread's stack holds: refuse, never crash.
      throw tooMuch(
          "nesting too deep for the stack of this thread (lower ReadOptions.maxDepth)",
          p.currentTokenLocation(),
          null);
    } catch (SourceReader.SourceProblem e) {
      if (e.isLimit()) {
        throw ReadErrors.of(LIMIT_EXCEEDED, e.getMessage(), null, e.line(), e.column(), e);
      }
      throw ReadErrors.of(MALFORMED_JSON, e.getMessage(), null, e.line(), e.column(), e);
    } catch (StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      String reason =
          m.contains("nesting depth")
              ? "nesting deeper than " + options.maxDepth() + " levels (ReadOptions.maxDepth)"
              : m.startsWith("Number")
                  ? "number too long"
                  : "string longer than "
                      + options.maxStringLength()
                      + " characters (ReadOptions.maxStringLength)";
      throw tooMuch(reason, p.currentTokenLocation(), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      String m = String.valueOf(e.getOriginalMessage());
      if (m.length() > MAX_REASON) {
        m = m.substring(0, MAX_REASON) + "...";
      }
      throw malformed("malformed JSON: " + m, at, e);
    }
  }

  private static ReadException malformed(
      String reason, JsonLocation at, @Nullable Throwable cause) {
    return ReadErrors.of(MALFORMED_JSON, reason, null, at.getLineNr(), at.getColumnNr(), cause);
  }

  private static ReadException tooMuch(String reason, JsonLocation at, @Nullable Throwable cause) {
    return ReadErrors.of(LIMIT_EXCEEDED, reason, null, at.getLineNr(), at.getColumnNr(), cause);
  }

  private static Body body(JsonCursor in) throws IOException {
    Members m = in.object("a body JSON object", BODY);
    BlockJsonReader reader = new BlockJsonReader(in);
    List<Block> blocks = List.of();
    Dateline dateline = null;
    List<BodyLink> links = List.of();
    List<BodyIssue> issues = List.of();
    for (String key = m.next(); key != null; key = m.next()) {
      switch (key) {
        case "blocks" -> blocks = reader.blocks(true);
        case "dateline" -> dateline = in.isNull() ? null : dateline(in);
        case "links" -> links = links(in);
        case "issues" -> issues = issues(in);
        default -> m.unknown();
      }
    }
    m.require();
    // The roles as written when every top-level block has one; else inferred from the blocks.
    List<@Nullable Role> roles = reader.roles();
    if (!roles.isEmpty() && !roles.contains(null)) {
      List<Role> given = new ArrayList<>(roles.size());
      for (Role r : roles) {
        given.add(Objects.requireNonNull(r));
      }
      return new Body(blocks, dateline, links, issues, given);
    }
    return new Body(blocks, dateline, links, issues);
  }

  private static Dateline dateline(JsonCursor in) throws IOException {
    Members m = in.object("a dateline object or null", DATELINE);
    String location = "";
    LocalDate date = null;
    String text = "";
    for (String key = m.next(); key != null; key = m.next()) {
      switch (key) {
        case "location" -> location = in.string();
        case "date" -> date = date(in);
        case "text" -> text = in.string();
        default -> m.unknown();
      }
    }
    m.require();
    return new Dateline(location, date, text);
  }

  private static @Nullable LocalDate date(JsonCursor in) throws IOException {
    String text = in.stringOrNull();
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw in.wrongType("a date yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw in.wrongType("a real date yyyy-MM-dd");
    }
  }

  private static List<BodyLink> links(JsonCursor in) throws IOException {
    in.array();
    List<BodyLink> out = new ArrayList<>();
    while (in.nextElement()) {
      Members m = in.object("a link object", LINK);
      String href = "";
      String text = "";
      LinkKind kind = LinkKind.OTHER;
      for (String key = m.next(); key != null; key = m.next()) {
        switch (key) {
          case "href" -> href = in.string();
          case "text" -> text = in.string();
          case "kind" -> kind = in.name(LINK_KINDS);
          default -> m.unknown();
        }
      }
      m.require();
      out.add(new BodyLink(href, text, kind));
    }
    return out;
  }

  private static List<BodyIssue> issues(JsonCursor in) throws IOException {
    in.array();
    List<BodyIssue> out = new ArrayList<>();
    while (in.nextElement()) {
      Members m = in.object("an issue object", ISSUE);
      BodyIssue.Kind kind = BodyIssue.Kind.UNSUPPORTED_MARKUP;
      String message = "";
      for (String key = m.next(); key != null; key = m.next()) {
        switch (key) {
          case "kind" -> kind = in.name(ISSUE_KINDS);
          case "message" -> message = in.string();
          default -> m.unknown();
        }
      }
      m.require();
      out.add(new BodyIssue(kind, message, ""));
    }
    return out;
  }
}
