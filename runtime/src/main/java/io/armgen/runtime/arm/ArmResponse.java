package io.armgen.runtime.arm;

import java.util.List;
import java.util.Map;

/** A successful response: status, headers (names lower-cased) and the parsed body (null when empty). */
public record ArmResponse<T>(int statusCode, Map<String, List<String>> headers, T value) {
  public ArmResponse {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
