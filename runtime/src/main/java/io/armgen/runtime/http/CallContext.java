package io.armgen.runtime.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What bounds one call across all its attempts and backoffs: an overall deadline and the call's
 * own {@link Cancellation} (cancelled by the caller's handle, an interrupt or the runtime). The
 * client core starts one per call and attaches it to the request; the retry policy never waits
 * past the deadline and the transport gives each attempt at most what is left. Immutable except
 * for the attempt count.
 */
public final class CallContext {
  /** No deadline, no cancellation. */
  public static final CallContext NONE = new CallContext(null, System.nanoTime(), null, () -> { });

  private final Duration timeout;
  private final long startNanos;
  private final Cancellation cancellation;
  private final Runnable unlink;
  private final AtomicInteger attempts = new AtomicInteger();

  private CallContext(Duration timeout, long startNanos, Cancellation cancellation, Runnable unlink) {
    this.timeout = timeout;
    this.startNanos = startNanos;
    this.cancellation = cancellation;
    this.unlink = unlink;
  }

  /**
   * A context that starts now, with a cancellation of its own that {@code callerCancellation}
   * cancels too. Call {@link #release()} when the call ends.
   *
   * @param timeout the whole call's limit; null for none
   * @param callerCancellation the caller's handle; null for none
   * @return the context
   * @throws IllegalArgumentException if {@code timeout} is zero or negative
   */
  public static CallContext start(Duration timeout, Cancellation callerCancellation) {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("a call timeout must be positive but was " + timeout);
    }
    Cancellation own = new Cancellation();
    Runnable unlink = callerCancellation == null ? () -> { } : callerCancellation.onCancel(own::cancel);
    return new CallContext(timeout, System.nanoTime(), own, unlink);
  }

  /** Stops listening to the caller's cancellation handle (so a long-lived handle does not collect calls). */
  public void release() {
    unlink.run();
  }

  /**
   * The configured limit of the whole call.
   *
   * @return the limit, or null for none
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The call's own cancellation, which the caller's handle cancels too.
   *
   * @return the cancellation; null only for {@link #NONE}
   */
  public Cancellation cancellation() {
    return cancellation;
  }

  /**
   * Whether the call was cancelled (by the caller's handle, an interrupt or the runtime).
   *
   * @return true once cancelled
   */
  public boolean isCancelled() {
    return cancellation != null && cancellation.isCancelled();
  }

  /**
   * Time since the call started.
   *
   * @return the elapsed time, from a monotonic clock
   */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * Time left before the deadline.
   *
   * @return the time left, negative when past; null without a deadline
   */
  public Duration remaining() {
    return timeout == null ? null : timeout.minus(elapsed());
  }

  /**
   * Whether a wait would still end before the deadline.
   *
   * @param delay the wait
   * @return true when it ends strictly before the deadline, or there is none
   */
  public boolean fits(Duration delay) {
    Duration left = remaining();
    return left == null || delay.compareTo(left) < 0;
  }

  /**
   * Counts one more attempt; the transport calls it for each exchange it starts. Thread-safe.
   *
   * @return the new count, 1 for the first attempt
   */
  public int startAttempt() {
    return attempts.incrementAndGet();
  }

  /**
   * Attempts started so far.
   *
   * @return the count
   */
  public int attempts() {
    return attempts.get();
  }

  /**
   * The figures for a timeout message.
   *
   * @return text such as {@code after 2.0 s (the call's timeout is PT2S; 3 attempts)}
   */
  public String describeWait() {
    return String.format(java.util.Locale.ROOT, "after %.1f s (%s; %d attempt%s)", elapsed().toNanos() / 1e9,
        timeout == null ? "no overall timeout" : "the call's timeout is " + timeout, attempts(), attempts() == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "CallContext{timeout=" + timeout + ", elapsed=" + elapsed() + ", attempts=" + attempts() + "}";
  }
}
