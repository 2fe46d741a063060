package io.armgen.runtime.http;

import java.io.IOException;

/** A success body was larger than the client's limit; it was not read to the end (the connection was closed). */
public final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The response's HTTP status. */
  private final int statusCode;
  /** The limit in bytes. */
  private final long limit;

  /**
   * @param message the request, its status and the limit
   * @param statusCode the response's HTTP status
   * @param limit the limit in bytes
   */
  public BodyTooLargeException(String message, int statusCode, long limit) {
    super(message);
    this.statusCode = statusCode;
    this.limit = limit;
  }

  /**
   * The status of the response whose body was too large.
   *
   * @return the HTTP status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The limit that was exceeded.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
