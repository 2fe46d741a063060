package io.armgen.runtime.arm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A started long-running operation.
 *
 * @param <T> the final result type ({@code Void} for deletes)
 */
public interface LroPoller<T> {
  /** Sends one poll request (if not yet terminal) and returns the status after it. */
  LroStatus poll();

  /** The status as of the last response, without a request. */
  LroStatus status();

  /**
   * Polls until the operation ends, honouring Retry-After, and returns its result.
   *
   * @throws LongRunningOperationFailedException on Failed or Canceled, carrying the ARM error
   * @throws LroTimeoutException when the overall timeout passes first
   */
  T waitForCompletion();

  /** Like {@link #waitForCompletion()} with a timeout for this wait. */
  T waitForCompletion(Duration timeout);

  /**
   * The final result once the operation succeeded (fetching it if needed).
   *
   * @throws IllegalStateException when the operation has not ended
   */
  T result();

  /** Completes with the result, polling on the client's executor. */
  CompletableFuture<T> toFuture();
}
