package org.pressroom.spark.internal;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pressroom.json.ReadOptions;
import org.pressroom.json.UnknownKeys;

/**
 * The read options of the data source, checked once on the driver and shipped to the tasks.
 *
 * @param format how a file's records are laid out
 * @param mode what a malformed record does
 * @param unknownKeys the release reader's rule for keys outside the format
 * @param body whether the body model columns are there
 */
public record ReadSettings(Format format, Mode mode, UnknownKeys unknownKeys, boolean body)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Option names, compared without regard to case as Spark does. */
  public static final String FORMAT = "format";

  /** Option {@code mode}. */
  public static final String MODE = "mode";

  /** Option {@code unknownKeys}. */
  public static final String UNKNOWN_KEYS = "unknownKeys";

  /** Option {@code body}. */
  public static final String BODY = "body";

  /** How the records of a file are laid out. */
  public enum Format {
    /**
     * By name: {@code .ndjson}/{@code .jsonl} are NDJSON; otherwise a leading {@code [} is an
     * array.
     */
    AUTO,
    /** One release per file. */
    RELEASE,
    /** A JSON array of releases. */
    ARRAY,
    /** One release per line. */
    NDJSON
  }

  /** What a malformed record does, as in Spark's own JSON source. */
  public enum Mode {
    /** A row whose {@code _error} holds the message and whose other columns are null. */
    PERMISSIVE,
    /** No row. */
    DROPMALFORMED,
    /** The job fails with the message. */
    FAILFAST
  }

  /**
   * Reads the settings from data source options (keys without regard to case).
   *
   * @param options the options as Spark passes them
   * @return the settings
   * @throws IllegalArgumentException for a value the option does not take
   */
  public static ReadSettings of(Map<String, String> options) {
    Format format = choice(options, FORMAT, Format.class, Format.AUTO);
    Mode mode = choice(options, MODE, Mode.class, Mode.PERMISSIVE);
    UnknownKeys unknown = choice(options, UNKNOWN_KEYS, UnknownKeys.class, UnknownKeys.REJECT);
    String body = value(options, BODY);
    boolean withBody;
    if (body == null || body.equalsIgnoreCase("model")) {
      withBody = true;
    } else if (body.equalsIgnoreCase("none")) {
      withBody = false;
    } else {
      throw new IllegalArgumentException(
          "option body: expected model or none, found '" + shorten(body) + "'");
    }
    return new ReadSettings(format, mode, unknown, withBody);
  }

  /** {@return the release reader's options for these settings} */
  public ReadOptions readOptions() {
    return ReadOptions.defaults().withUnknownKeys(unknownKeys);
  }

  private static <E extends Enum<E>> E choice(
      Map<String, String> options, String key, Class<E> type, E fallback) {
    String v = value(options, key);
    if (v == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v.trim())) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(
        "option " + key + ": expected one of " + names + ", found '" + shorten(v) + "'");
  }

  static @Nullable String value(Map<String, String> options, String key) {
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
