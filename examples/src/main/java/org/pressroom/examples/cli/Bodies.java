package org.pressroom.examples.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pressroom.Release;

/**
 * Everything the tool does with a release's HTML body, in one place. The body model (module pressroom-html) is not
 * part of this version, so each method says so: no warnings, no outline, no body JSON, and conversion is not
 * available. When the body model lands, only this class changes:
 *
 * <ul>
 *   <li>{@link #warnings}: the parser's issues, printed by {@code validate} as {@code FILE: warning: MESSAGE};
 *   <li>{@link #outline}: lines of the block outline, dateline and links, printed by {@code inspect};
 *   <li>{@link #json}: the body JSON of DESIGN section 3, printed by {@code inspect --json} as {@code "body"};
 *   <li>{@link #convert}: the renderers behind {@code convert --to}.
 * </ul>
 */
final class Bodies {
  private Bodies() {}

  /** What {@code convert --to} can produce. */
  enum Target {
    TEXT,
    MARKDOWN,
    HTML,
    BODY_JSON;

    /** {@return the name used on the command line, such as {@code body-json}} */
    String option() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static @Nullable Target fromOption(String option) {
      for (Target t : values()) {
        if (t.option().equals(option)) {
          return t;
        }
      }
      return null;
    }
  }

  /** {@return whether the body model is available, that is whether {@link #convert} works} */
  static boolean available() {
    return false;
  }

  /** {@return the issues found while parsing the body, one message each; none without the body model} */
  static List<String> warnings(Release release) {
    return List.of();
  }

  /** {@return lines describing the body (outline, dateline, links) for {@code inspect}; none without the body model} */
  static List<String> outline(Release release) {
    return List.of();
  }

  /** {@return the body JSON, or null when there is no body model to produce it} */
  static @Nullable String json(Release release) {
    return null;
  }

  /**
   * {@return the body rendered as the target}
   *
   * @throws UnsupportedOperationException when the body model is not available
   */
  static String convert(Release release, Target target) {
    throw new UnsupportedOperationException("converting a body needs the body model, which this version lacks");
  }
}
