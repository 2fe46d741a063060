package io.armgen.runtime.arm;

/**
 * A response with an expected status whose body could not be read (truncated or malformed JSON,
 * a shape the model does not fit, an unusable link).
 */
public final class MalformedResponseException extends ManagementException {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String message, int statusCode, String rawBody, String requestId,
      String clientRequestId, Throwable cause) {
    super(message, statusCode, null, rawBody, requestId, clientRequestId, cause);
  }
}
