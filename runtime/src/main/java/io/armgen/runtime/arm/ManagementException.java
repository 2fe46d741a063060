package io.armgen.runtime.arm;

import io.armgen.runtime.internal.KnownSecrets;

/**
 * An ARM call that failed: the HTTP status, the parsed ARM error (if the body had one), the raw
 * body (capped) and the request ids to quote to support. Every failed call of a generated client
 * throws this or a subclass: {@link TransportException} when no usable response arrived,
 * {@link PreconditionFailedException} for 412, {@link LongRunningOperationFailedException} and
 * {@link LroTimeoutException} for long-running operations, {@link MalformedResponseException} and
 * {@link ResponseTooLargeException} for a success whose body could not be read.
 *
 * <p>The message and raw body have every secret the runtime knows (tokens, client secrets)
 * replaced. The ARM error is not serialized with the exception.
 */
public class ManagementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status, 0 when no response arrived. */
  private final int statusCode;
  private final transient ManagementError error;
  /** The capped, scrubbed response body. */
  private final String rawBody;
  /** {@code x-ms-request-id}, or null. */
  private final String requestId;
  /** {@code x-ms-client-request-id}, or null. */
  private final String clientRequestId;

  /**
   * @param message the request, the status and the ARM error's code and message; known secrets are redacted
   * @param statusCode the HTTP status, or 0 when no response arrived
   * @param error the ARM error, or null
   * @param rawBody the response body as text, capped; known secrets are redacted
   * @param requestId {@code x-ms-request-id} of the response, or null
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause the underlying failure, or null
   */
  public ManagementException(String message, int statusCode, ManagementError error, String rawBody,
      String requestId, String clientRequestId, Throwable cause) {
    super(KnownSecrets.scrub(message), cause);
    this.statusCode = statusCode;
    this.error = error;
    this.rawBody = KnownSecrets.scrub(rawBody);
    this.requestId = requestId;
    this.clientRequestId = clientRequestId;
  }

  /**
   * The HTTP status of the response that failed the call.
   *
   * @return the status, or 0 when no response arrived (and for {@link LroTimeoutException})
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The ARM error the body held.
   *
   * @return the error, or null when the body was empty or not an ARM error (or after deserialization)
   */
  public ManagementError error() {
    return error;
  }

  /**
   * The response body as text: the first 8 KiB of an error body, for diagnosing an error the
   * ARM error does not explain.
   *
   * @return the body; empty when there was none or no response arrived
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * The service's id of the request, to quote to Azure support.
   *
   * @return {@code x-ms-request-id} of the response, or null when none was sent
   */
  public String requestId() {
    return requestId;
  }

  /**
   * The id this client gave the request, also in the client's log lines.
   *
   * @return {@code x-ms-client-request-id} this client sent, or null when unknown
   */
  public String clientRequestId() {
    return clientRequestId;
  }
}
