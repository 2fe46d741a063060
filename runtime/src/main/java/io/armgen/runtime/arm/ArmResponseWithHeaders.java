package io.armgen.runtime.arm;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful response whose operation declares response headers: status, every header (names
 * lower-cased), the declared ones read into {@code typedHeaders} (a generated
 * {@code <Group><Operation>Headers} class), and the parsed body (null when empty).
 *
 * @param <H> the generated headers class
 * @param <T> the body type ({@code Void} when there is none)
 */
public record ArmResponseWithHeaders<H, T>(int statusCode, Map<String, List<String>> headers, H typedHeaders, T value) {
  public ArmResponseWithHeaders {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
