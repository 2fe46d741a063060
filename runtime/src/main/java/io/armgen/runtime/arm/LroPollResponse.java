package io.armgen.runtime.arm;

import java.util.List;
import java.util.Map;

/**
 * What one poll of a long-running operation said.
 *
 * @param status the operation's status after this response
 * @param statusCode the HTTP status of the response (0 for a poller resumed from a token, before its first poll)
 * @param headers the response headers (names lower-cased)
 * @param body the response body as text (an operation-status document or the resource; empty when none)
 * @param value the body read as the result type when it is the resource (provisioningState polls
 *     and Location results), else null
 * @param <T> the final result type
 */
public record LroPollResponse<T>(LroStatus status, int statusCode, Map<String, List<String>> headers, String body, T value) {
  /**
   * Copies the headers into an unmodifiable map.
   *
   * @param status the operation's status
   * @param statusCode the HTTP status
   * @param headers the headers, names lower-cased
   * @param body the body as text
   * @param value the body read as the result type, or null
   */
  public LroPollResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * Whether the operation has ended.
   *
   * @return true when {@link #status()} is terminal
   */
  public boolean isTerminal() {
    return status.isTerminal();
  }
}
