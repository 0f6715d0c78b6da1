package org.pressroom.html.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pressroom.html.Inline;
import org.pressroom.html.InlineImage;
import org.pressroom.html.LineBreak;
import org.pressroom.html.Link;
import org.pressroom.html.Mark;
import org.pressroom.html.Text;
import org.pressroom.html.internal.JsonCursor.Members;
import org.pressroom.html.internal.JsonCursor.ObjectKeys;

/**
 * Builds the inlines of the body JSON: an array of inline objects, each of its type's keys, a link
 * holding inlines in turn (read by recursion, bounded by the depth limit). One per read.
 */
final class InlineJsonReader {
  private static final ObjectKeys INLINE = ObjectKeys.of("an inline", "type");
  private static final JsonNames<InlineType> TYPES =
      JsonNames.listed("an inline type", InlineType.values(), InlineType::jsonName);
  private static final JsonNames<Mark> MARKS =
      JsonNames.listed("a mark", Mark.values(), Mark::jsonName);

  /** The keys of each inline type, {@code type} included. */
  private static final Map<InlineType, ObjectKeys> KEYS = new EnumMap<>(InlineType.class);

  static {
    for (InlineType type : InlineType.values()) {
      String what = "a " + type.jsonName() + " inline";
      KEYS.put(
          type,
          switch (type) {
            case TEXT -> ObjectKeys.of(what, "type", "text", "marks");
            case LINK -> ObjectKeys.of(what, "type", "href", "content");
            case BREAK -> ObjectKeys.of(what, "type");
            case IMAGE -> ObjectKeys.of(what, "type", "src", "alt");
          });
    }
  }

  private final JsonCursor in;

  InlineJsonReader(JsonCursor in) {
    this.in = in;
  }

  List<Inline> inlines() throws IOException {
    in.array();
    List<Inline> out = new ArrayList<>();
    while (in.nextElement()) {
      out.add(inline());
    }
    return out;
  }

  private Inline inline() throws IOException {
    Members m = in.object("an inline object", INLINE);
    InlineType type = null;
    String text = "";
    Set<Mark> marks = Set.of();
    String href = "";
    List<Inline> content = List.of();
    String src = "";
    String alt = "";
    for (String key = m.next(); key != null; key = m.next()) {
      switch (key) {
        case "type" -> type = in.name(TYPES);
        case "text" -> text = in.string();
        case "marks" -> marks = marks();
        case "href" -> href = in.string();
        case "content" -> content = inlines();
        case "src" -> src = in.string();
        case "alt" -> alt = in.string();
        default -> m.unknown();
      }
    }
    m.require();
    InlineType t = Objects.requireNonNull(type);
    // The values of keys the type does not have were read: refused here, or dropped.
    m.check(keys(t));
    return switch (t) {
      case TEXT -> new Text(text, marks);
      case LINK -> new Link(href, Hrefs.classify(href, null).kind(), content, null, null);
      case BREAK -> new LineBreak();
      case IMAGE -> new InlineImage(src, alt);
    };
  }

  private static ObjectKeys keys(InlineType type) {
    return Objects.requireNonNull(KEYS.get(type));
  }

  private Set<Mark> marks() throws IOException {
    in.array();
    Set<Mark> out = EnumSet.noneOf(Mark.class);
    while (in.nextElement()) {
      Mark mark = in.name(MARKS);
      if (!out.add(mark)) {
        throw in.fail("mark \"" + mark.jsonName() + "\" given twice");
      }
    }
    return out;
  }
}
