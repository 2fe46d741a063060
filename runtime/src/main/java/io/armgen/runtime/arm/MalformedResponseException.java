package io.armgen.runtime.arm;

/**
 * A response with an expected status whose body could not be read (truncated or malformed JSON,
 * a shape the model does not fit, an unusable link).
 */
public final class MalformedResponseException extends ManagementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request and what could not be read
   * @param statusCode the response's HTTP status
   * @param rawBody the response body as text, capped
   * @param requestId {@code x-ms-request-id} of the response, or null
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause the reader's exception, or null
   */
  public MalformedResponseException(String message, int statusCode, String rawBody, String requestId,
      String clientRequestId, Throwable cause) {
    super(message, statusCode, null, rawBody, requestId, clientRequestId, cause);
  }
}
