package org.pressroom.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Unknown keys as the reader preserved them: their values are the reader's own compact writing of
 * values it has just parsed and checked, and no key is one of the object's own. A record given this
 * map for the same keys keeps it as it is, so a preserved value is parsed once on the read path
 * (the writer parses it again to lay it out). Unmodifiable.
 */
final class PreservedKeys extends AbstractMap<String, String> {
  private final Map<String, String> map;
  private final List<String> knownKeys;

  PreservedKeys(LinkedHashMap<String, String> map, List<String> knownKeys) {
    this.map = Collections.unmodifiableMap(map);
    this.knownKeys = knownKeys;
  }

  /** {@return whether these keys were checked as unknown keys of an object with these keys} */
  boolean checkedFor(List<String> keys) {
    return knownKeys.equals(keys);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return map.entrySet();
  }

  @Override
  public @Nullable String get(Object key) {
    return map.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  @Override
  public int size() {
    return map.size();
  }
}
