package io.armgen.runtime.arm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads declared response headers for generated {@code ...Headers} classes, from the header map of
 * a response (names lower-cased, as {@link ArmResponse#headers()} holds them).
 */
public final class ResponseHeaders {
  private ResponseHeaders() {}

  /**
   * The first value of a header.
   *
   * @param headers the response's headers, names lower-cased
   * @param name the header name, in any case
   * @return the first value, or null when absent
   */
  public static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every header whose name starts with {@code prefix} (any case), keyed by the rest of its name
   * ({@code x-ms-header-collection-prefix}), sorted; the first value of each.
   *
   * @param headers the response's headers, names lower-cased
   * @param prefix the prefix, such as {@code x-ms-meta-}, in any case
   * @return a mutable map, sorted by key; empty when no header has the prefix
   */
  public static Map<String, String> withPrefix(Map<String, List<String>> headers, String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    Map<String, String> out = new TreeMap<>();
    headers.forEach((name, values) -> {
      if (name.toLowerCase(Locale.ROOT).startsWith(lower) && !values.isEmpty()) {
        out.put(name.substring(prefix.length()), values.get(0));
      }
    });
    return new LinkedHashMap<>(out);
  }

  /**
   * {@code true} or {@code false} (any case); anything else is not a boolean.
   *
   * @param text the header's value
   * @return the boolean
   * @throws IllegalArgumentException for any other text
   */
  public static Boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("'" + text + "' is not a boolean");
  }
}
