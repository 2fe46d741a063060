package io.armgen.runtime.arm;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful response whose operation declares response headers, returned by the generated
 * {@code ...WithResponse} methods of such operations.
 *
 * @param statusCode the HTTP status, one the operation declares
 * @param headers every response header, names lower-cased, values in the order received
 * @param typedHeaders the declared headers, read into a generated {@code <Group><Operation>Headers} class
 * @param value the parsed body; null when the body was empty or the operation declares none
 * @param <H> the generated headers class
 * @param <T> the body type ({@code Void} when there is none)
 */
public record ArmResponseWithHeaders<H, T>(int statusCode, Map<String, List<String>> headers, H typedHeaders, T value) {
  /**
   * Copies the headers into an unmodifiable map.
   *
   * @param statusCode the HTTP status
   * @param headers the headers, names lower-cased (the map is copied, the lists are not)
   * @param typedHeaders the declared headers
   * @param value the parsed body, or null
   * @throws NullPointerException if {@code headers} is null or holds a null name or list
   */
  public ArmResponseWithHeaders {
    headers = Map.copyOf(headers);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or null when the header was not sent
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
