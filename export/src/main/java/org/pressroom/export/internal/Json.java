package org.pressroom.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * JSON output through jackson-core's generator, which does all escaping: two-space indentation,
 * {@code "key": value}, non-ASCII characters as they are. Script-safe output also escapes {@code
 * <}, {@code >}, {@code &}, U+2028 and U+2029, so that a {@code <script>} element can hold it: no
 * {@code </script>} or {@code <!--} can appear in it.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A body of JSON output, written to a generator. */
  interface Content {
    void write(JsonGenerator g) throws IOException;
  }

  private Json() {}

  static String write(boolean scriptSafe, Content content) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      if (scriptSafe) {
        g.setCharacterEscapes(ScriptSafe.INSTANCE);
      }
      content.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes a string field, or nothing when the value is null or empty. */
  static void optional(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }

  /** Escapes for JSON inside an HTML {@code <script>} element. */
  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    static final ScriptSafe INSTANCE = new ScriptSafe();
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    private ScriptSafe() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      codes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      codes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      codes['&'] = CharacterEscapes.ESCAPE_STANDARD;
      this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      if (ch == 0x2029) {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
