package io.armgen.runtime.arm;

/** A long-running operation that ended Failed or Canceled. */
public final class LongRunningOperationFailedException extends ManagementException {
  private static final long serialVersionUID = 1L;
  private final LroStatus status;

  public LongRunningOperationFailedException(String message, LroStatus status, int statusCode,
      ManagementError error, String rawBody, String requestId, String clientRequestId) {
    super(message, statusCode, error, rawBody, requestId, clientRequestId, null);
    this.status = status;
  }

  public LroStatus status() {
    return status;
  }
}
