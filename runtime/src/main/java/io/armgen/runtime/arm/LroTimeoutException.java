package io.armgen.runtime.arm;

/**
 * A long-running operation that did not end within the configured overall timeout. Polling
 * stopped; the operation itself may still be running in the service. {@link #statusCode()} is 0.
 */
public final class LroTimeoutException extends ManagementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which operation, and how long it was polled
   * @param requestId {@code x-ms-request-id} of the last response, or null
   * @param clientRequestId {@code x-ms-client-request-id} of the last request, or null
   */
  public LroTimeoutException(String message, String requestId, String clientRequestId) {
    super(message, 0, null, "", requestId, clientRequestId, null);
  }
}
