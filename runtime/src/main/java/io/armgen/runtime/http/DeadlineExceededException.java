package io.armgen.runtime.http;

import java.net.http.HttpTimeoutException;

/**
 * No complete response in time: either the call's overall deadline ({@link CallContext}) or one
 * attempt's response timeout passed. The message gives the real figures.
 */
public final class DeadlineExceededException extends HttpTimeoutException {
  private static final long serialVersionUID = 1L;

  /** Whether the call's deadline (not one attempt's) passed. */
  private final boolean callDeadline;
  /** The limit that passed. */
  private final java.time.Duration limit;

  /**
   * @param message the request and the figures of the wait
   * @param callDeadline true when the call's overall deadline passed, false for one attempt's response timeout
   * @param limit the limit that passed: the call's timeout or the attempt's response timeout
   */
  public DeadlineExceededException(String message, boolean callDeadline, java.time.Duration limit) {
    super(message);
    this.callDeadline = callDeadline;
    this.limit = limit;
  }

  /**
   * The limit that passed.
   *
   * @return the call's timeout or the attempt's response timeout
   */
  public java.time.Duration limit() {
    return limit;
  }

  /**
   * Which limit passed. The retry policy retries after an attempt's timeout, never after the call's.
   *
   * @return true when the call's overall deadline passed, false when one attempt's response timeout did
   */
  public boolean isCallDeadline() {
    return callDeadline;
  }
}
