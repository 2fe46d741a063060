package io.armgen.runtime.arm;

/**
 * The caller cancelled the call (its {@link io.armgen.runtime.http.Cancellation}, or an interrupt
 * of the waiting thread); the exchange in flight was aborted. Whether the service acted on a
 * request that was already sent is unknown.
 */
public final class CallCancelledException extends TransportException {
  private static final long serialVersionUID = 1L;

  public CallCancelledException(String message, String clientRequestId, Throwable cause) {
    super(message, clientRequestId, cause);
  }
}
