package io.armgen.runtime.arm;

/**
 * A long-running operation that ended Failed or Canceled. {@link #error()} holds the error the
 * operation-status document or resource reported, when there was one.
 */
public final class LongRunningOperationFailedException extends ManagementException {
  private static final long serialVersionUID = 1L;
  /** FAILED or CANCELED. */
  private final LroStatus status;

  /**
   * @param message the operation, how it ended, and the error's code and message
   * @param status {@link LroStatus#FAILED} or {@link LroStatus#CANCELED}
   * @param statusCode the HTTP status of the poll that reported the end
   * @param error the reported error, or null
   * @param rawBody that poll's body as text, capped
   * @param requestId {@code x-ms-request-id} of that poll's response, or null
   * @param clientRequestId {@code x-ms-client-request-id} of that poll, or null
   */
  public LongRunningOperationFailedException(String message, LroStatus status, int statusCode,
      ManagementError error, String rawBody, String requestId, String clientRequestId) {
    super(message, statusCode, error, rawBody, requestId, clientRequestId, null);
    this.status = status;
  }

  /**
   * How the operation ended.
   *
   * @return {@link LroStatus#FAILED} or {@link LroStatus#CANCELED}
   */
  public LroStatus status() {
    return status;
  }
}
