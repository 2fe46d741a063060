package io.armgen.runtime.http;

import java.io.InterruptedIOException;

/** The caller cancelled the call (through its {@link Cancellation}); the exchange was aborted. */
public final class RequestCancelledException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the request and when it was cancelled
   */
  public RequestCancelledException(String message) {
    super(message);
  }
}
