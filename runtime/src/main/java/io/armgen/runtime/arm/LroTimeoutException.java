package io.armgen.runtime.arm;

/** A long-running operation that did not end within the configured overall timeout. */
public final class LroTimeoutException extends ManagementException {
  private static final long serialVersionUID = 1L;

  public LroTimeoutException(String message, String requestId, String clientRequestId) {
    super(message, 0, null, "", requestId, clientRequestId, null);
  }
}
