package io.armgen.runtime.arm;

import io.armgen.runtime.http.Cancellation;
import io.armgen.runtime.http.RequestIdPolicy;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-call settings a caller passes to a generated {@code ...WithResponse} (or {@code begin...},
 * {@code list}, {@code ...Async}) method: extra headers, an overall timeout and a cancellation
 * handle for this call. Later settings of the same header replace earlier ones, and they replace
 * what the generated code or the pipeline would send for that header, except
 * {@code Authorization}, which only the credential sets.
 *
 * <p>The timeout bounds the whole call, every attempt and backoff included (for a list: each
 * page; for a long-running operation: each request, while {@code waitForCompletion} has its own
 * limit). Exceeded, the call fails with {@link ResponseTimeoutException}. Cancelling the handle
 * fails the call with {@link CallCancelledException} and aborts the exchange in flight.
 *
 * <p>Not thread-safe while being built; hand a finished instance to any number of calls.
 *
 * <pre>{@code
 * ArmResponse<PrivateEndpointConnection> response = client.getWithResponse(rg, registry, name,
 *     new RequestOptions().header("x-ms-correlation-request-id", correlationId));
 * }</pre>
 */
public final class RequestOptions {
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Duration timeout;
  private Cancellation cancellation;

  /** Options that change nothing. */
  public RequestOptions() {}

  /**
   * Sends {@code name: value} with this call ({@code null} value: the header is removed).
   *
   * @param name the header name, in any case
   * @param value the value, or null to send no such header
   * @return these options
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException for {@code Authorization}, for removing
   *     {@code x-ms-client-request-id}, or a name or value that is not a valid header (control
   *     characters, line breaks)
   */
  public RequestOptions header(String name, String value) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || !isToken(name)) {
      throw new IllegalArgumentException("not a valid header name: '" + name + "'");
    }
    if ("authorization".equalsIgnoreCase(name)) {
      throw new IllegalArgumentException("Authorization is set by the client's credential, not per call");
    }
    if (value == null && RequestIdPolicy.HEADER.equalsIgnoreCase(name)) {
      // every request carries a client request id (support tickets and retries rely on it)
      throw new IllegalArgumentException(RequestIdPolicy.HEADER + " cannot be removed; set a value of your own instead");
    }
    if (value != null && !isFieldValue(value)) {
      throw new IllegalArgumentException("the value of header " + name + " holds a control character");
    }
    headers.put(name, value);
    return this;
  }

  /**
   * Bounds this call, all attempts and backoffs included, instead of the client's timeout
   * (120 seconds by default).
   *
   * @param timeout the limit, or null for the client's
   * @return these options
   * @throws IllegalArgumentException when not positive
   */
  public RequestOptions timeout(Duration timeout) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * The call's own timeout.
   *
   * @return the timeout, or null for the client's
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * A handle that cancels this call (one handle may serve many calls).
   *
   * @param cancellation the handle, or null for none
   * @return these options
   */
  public RequestOptions cancellation(Cancellation cancellation) {
    this.cancellation = cancellation;
    return this;
  }

  /**
   * The cancellation handle.
   *
   * @return the handle, or null when the call cannot be cancelled
   */
  public Cancellation cancellation() {
    return cancellation;
  }

  /**
   * The headers set with {@link #header}.
   *
   * @return an unmodifiable view, names as given, in the order first set; a null value means "remove"
   */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  private static boolean isToken(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFieldValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 32 && c != '\t') || c == 127) {
        return false;
      }
    }
    return true;
  }

  /** Header names only: values may carry secrets. */
  @Override
  public String toString() {
    return "RequestOptions{headers=" + headers.keySet() + (timeout == null ? "" : ", timeout=" + timeout)
        + (cancellation == null ? "" : ", cancellable") + "}";
  }
}
