package io.armgen.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ordered maps, with null values allowed (which {@code Map.of} refuses), for expected bodies. */
final class Maps {
  private Maps() {}

  /** {@code key0, value0, key1, value1, ...} in that order. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> of(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return map;
  }
}
