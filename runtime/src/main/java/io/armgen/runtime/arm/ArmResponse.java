package io.armgen.runtime.arm;

import java.util.List;
import java.util.Map;

/**
 * A successful response, returned by the generated {@code ...WithResponse} methods.
 *
 * @param statusCode the HTTP status, one the operation declares
 * @param headers every response header, names lower-cased, values in the order received
 * @param value the parsed body; null when the body was empty or the operation declares none
 * @param <T> the body type ({@code Void} when there is none)
 */
public record ArmResponse<T>(int statusCode, Map<String, List<String>> headers, T value) {
  /**
   * Copies the headers into an unmodifiable map.
   *
   * @param statusCode the HTTP status
   * @param headers the headers, names lower-cased (the map is copied, the lists are not)
   * @param value the parsed body, or null
   * @throws NullPointerException if {@code headers} is null or holds a null name or list
   */
  public ArmResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or null when the header was not sent
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
