package io.armgen.runtime.arm;

/**
 * A success response's body was larger than the client's limit ({@code maxResponseBodySize} on the
 * builder, 64 MiB by default). It was not read to the end: the connection was closed.
 */
public final class ResponseTooLargeException extends ManagementException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  public ResponseTooLargeException(String message, int statusCode, long limit, String clientRequestId, Throwable cause) {
    super(message, statusCode, null, "", null, clientRequestId, cause);
    this.limit = limit;
  }

  /** The limit in bytes that the body exceeded. */
  public long limit() {
    return limit;
  }
}
