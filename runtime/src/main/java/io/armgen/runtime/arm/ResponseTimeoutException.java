package io.armgen.runtime.arm;

/** The connection could not be made, or the response did not arrive, within the configured timeout. */
public final class ResponseTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request and how long it waited
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause the transport's timeout, or null
   */
  public ResponseTimeoutException(String message, String clientRequestId, Throwable cause) {
    super(message, clientRequestId, cause);
  }
}
