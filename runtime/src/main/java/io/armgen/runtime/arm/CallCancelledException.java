package io.armgen.runtime.arm;

/**
 * The caller cancelled the call (its {@link io.armgen.runtime.http.Cancellation}, or an interrupt
 * of the waiting thread); the exchange in flight was aborted. Whether the service acted on a
 * request that was already sent is unknown.
 */
public final class CallCancelledException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request that was cancelled
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause what cancelled it (an {@link InterruptedException}, say), or null
   */
  public CallCancelledException(String message, String clientRequestId, Throwable cause) {
    super(message, clientRequestId, cause);
  }
}
