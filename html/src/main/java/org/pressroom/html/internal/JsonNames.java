package org.pressroom.html.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of an enum by their body JSON names (a block type, a mark, a role...), and what a name
 * not among them is refused as: the names stay with the enum that owns them. Immutable.
 *
 * @param <E> the enum
 */
final class JsonNames<E> {
  private final Map<String, E> byName = new HashMap<>();
  private final String expected;

  private JsonNames(E[] values, Function<E, String> name, String expected) {
    for (E value : values) {
      byName.put(name.apply(value), value);
    }
    this.expected = expected;
  }

  /** {@return the table}, a wrong name refused as {@code expected} */
  static <E> JsonNames<E> of(String expected, E[] values, Function<E, String> name) {
    return new JsonNames<>(values, name, expected);
  }

  /**
   * {@return the table}, a wrong name refused as {@code what} followed by the names in the order of
   * {@code values}: {@code a mark (bold, italic, ...)}
   */
  static <E> JsonNames<E> listed(String what, E[] values, Function<E, String> name) {
    List<String> names = new ArrayList<>();
    for (E value : values) {
      names.add(name.apply(value));
    }
    return new JsonNames<>(values, name, what + " (" + String.join(", ", names) + ")");
  }

  /** {@return the value of this name}, or null if none has it */
  @Nullable E get(String name) {
    return byName.get(name);
  }

  /** {@return what a wrong name is refused as, for "expected ..., found ..."} */
  String expected() {
    return expected;
  }
}
