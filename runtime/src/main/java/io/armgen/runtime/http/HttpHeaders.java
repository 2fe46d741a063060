package io.armgen.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable HTTP headers. Names are case-insensitive (stored lower-cased, as HTTP/2 sends them);
 * a name may have several values.
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(Map.of());

  private final Map<String, List<String>> values;

  private HttpHeaders(Map<String, List<String>> lowerCased) {
    this.values = lowerCased;
  }

  /**
   * No headers.
   *
   * @return the shared empty instance
   */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /**
   * Headers from a map of any name casing; values of names that differ only in case are merged,
   * in the map's order. Null names and null lists are skipped.
   *
   * @param headers name to values, such as {@link java.net.http.HttpHeaders#map()}
   * @return a copy
   */
  public static HttpHeaders of(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, list) -> {
      if (name != null && list != null) {
        copy.computeIfAbsent(lower(name), k -> new ArrayList<>()).addAll(list);
      }
    });
    return new HttpHeaders(freeze(copy));
  }

  /**
   * The first value of a header.
   *
   * @param name the name, in any case
   * @return the first value, or null when absent
   */
  public String first(String name) {
    List<String> list = values.get(lower(name));
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /**
   * All values of a header, in the order received.
   *
   * @param name the name, in any case
   * @return the values, unmodifiable; empty when absent
   */
  public List<String> all(String name) {
    return values.getOrDefault(lower(name), List.of());
  }

  /**
   * Whether a header is present.
   *
   * @param name the name, in any case
   * @return true when it has at least one entry
   */
  public boolean contains(String name) {
    return values.containsKey(lower(name));
  }

  /**
   * The header names.
   *
   * @return the lower-cased names, unmodifiable, in the order first seen
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * All headers as a map.
   *
   * @return an unmodifiable map: lower-cased name to its values
   */
  public Map<String, List<String>> toMap() {
    return values;
  }

  /**
   * A copy where a header has exactly one value.
   *
   * @param name the name, in any case
   * @param value the value, replacing every earlier one; null removes the header
   * @return the copy; this instance is unchanged
   */
  public HttpHeaders with(String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    if (value == null) {
      copy.remove(lower(name));
    } else {
      copy.put(lower(name), List.of(value));
    }
    return new HttpHeaders(Collections.unmodifiableMap(copy));
  }

  /** Equal when the same names have the same values in the same order (names compared lower-cased). */
  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values);
  }

  /** Names only: values may be secrets. */
  @Override
  public String toString() {
    return "HttpHeaders" + values.keySet();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }
}
