package io.armgen.runtime.arm;

import io.armgen.runtime.internal.KnownSecrets;

/**
 * An ARM call that failed: the HTTP status, the parsed ARM error (if the body had one), the raw
 * body (capped) and the request ids to quote to support.
 */
public class ManagementException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient ManagementError error;
  private final String rawBody;
  private final String requestId;
  private final String clientRequestId;

  public ManagementException(String message, int statusCode, ManagementError error, String rawBody,
      String requestId, String clientRequestId, Throwable cause) {
    super(KnownSecrets.scrub(message), cause);
    this.statusCode = statusCode;
    this.error = error;
    this.rawBody = KnownSecrets.scrub(rawBody);
    this.requestId = requestId;
    this.clientRequestId = clientRequestId;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int statusCode() {
    return statusCode;
  }

  /** The ARM error, or null when the body was empty or not an ARM error. */
  public ManagementError error() {
    return error;
  }

  /** The response body as text, truncated to a cap; may be empty. */
  public String rawBody() {
    return rawBody;
  }

  /** {@code x-ms-request-id} of the response, when sent. */
  public String requestId() {
    return requestId;
  }

  /** {@code x-ms-client-request-id} this client sent. */
  public String clientRequestId() {
    return clientRequestId;
  }
}
