package io.armgen.runtime.arm;

/**
 * A success response's body was larger than the client's limit ({@code maxResponseBodySize} on the
 * builder, 64 MiB by default). It was not read to the end: the connection was closed.
 */
public final class ResponseTooLargeException extends ManagementException {
  private static final long serialVersionUID = 1L;

  /** The limit in bytes. */
  private final long limit;

  /**
   * @param message the request, its status and the limit
   * @param statusCode the response's HTTP status
   * @param limit the limit in bytes
   * @param clientRequestId {@code x-ms-client-request-id} of the request, or null
   * @param cause the transport's exception, or null
   */
  public ResponseTooLargeException(String message, int statusCode, long limit, String clientRequestId, Throwable cause) {
    super(message, statusCode, null, "", null, clientRequestId, cause);
    this.limit = limit;
  }

  /**
   * The limit that the body exceeded.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
