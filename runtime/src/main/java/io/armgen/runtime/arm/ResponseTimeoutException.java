package io.armgen.runtime.arm;

/** The connection could not be made, or the response did not arrive, within the configured timeout. */
public final class ResponseTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  public ResponseTimeoutException(String message, String clientRequestId, Throwable cause) {
    super(message, clientRequestId, cause);
  }
}
