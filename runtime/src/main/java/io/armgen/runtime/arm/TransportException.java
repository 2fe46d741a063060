package io.armgen.runtime.arm;

/**
 * No usable response arrived: the connection could not be made, broke, or (see
 * {@link ResponseTimeoutException}) the response took too long. {@link #statusCode()} is 0 and
 * the message names the request and its {@code x-ms-client-request-id}.
 */
public class TransportException extends ManagementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request and what went wrong
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause the transport's exception, or null
   */
  public TransportException(String message, String clientRequestId, Throwable cause) {
    super(message, 0, null, "", null, clientRequestId, cause);
  }
}
