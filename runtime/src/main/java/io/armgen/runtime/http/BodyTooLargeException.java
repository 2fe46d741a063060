package io.armgen.runtime.http;

import java.io.IOException;

/** A success body was larger than the client's limit; it was not read to the end (the connection was closed). */
public final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final long limit;

  public BodyTooLargeException(String message, int statusCode, long limit) {
    super(message);
    this.statusCode = statusCode;
    this.limit = limit;
  }

  public int statusCode() {
    return statusCode;
  }

  /** The limit in bytes that was exceeded. */
  public long limit() {
    return limit;
  }
}
