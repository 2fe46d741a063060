package io.armgen.runtime.arm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A started long-running operation. The blocking methods wait for their non-blocking twins; the
 * non-blocking ones hold no thread between polls (the delays are timers).
 *
 * <p>To continue the operation in another process, keep {@link #resumeToken()} and pass it to
 * the generated client's {@code resume...} method (or {@link ArmClientCore#resumeLongRunning}).
 *
 * @param <T> the final result type ({@code Void} for deletes)
 */
public interface LroPoller<T> {
  /**
   * Sends one poll request (if not yet terminal) and returns what it said: the status and the
   * intermediate body.
   */
  LroPollResponse<T> poll();

  /** {@link #poll()} without blocking. */
  CompletableFuture<LroPollResponse<T>> pollAsync();

  /** The status as of the last response, without a request. */
  LroStatus status();

  /** The last response (the initial one before any poll), without a request. */
  LroPollResponse<T> latest();

  /**
   * Polls until the operation ends, honouring Retry-After (but never polling more often than the
   * client's minimum poll interval), and returns its result.
   *
   * @throws LongRunningOperationFailedException on Failed or Canceled, carrying the ARM error
   * @throws LroTimeoutException when the overall timeout passes first (the poll in flight is cut)
   */
  T waitForCompletion();

  /** Like {@link #waitForCompletion()} with a timeout for this wait. */
  T waitForCompletion(Duration timeout);

  /** {@link #waitForCompletion(Duration)} without blocking. */
  CompletableFuture<T> waitForCompletionAsync(Duration timeout);

  /**
   * The final result once the operation succeeded (fetching it if needed).
   *
   * @throws IllegalStateException when the operation has not ended
   */
  T result();

  /** {@link #result()} without blocking. */
  CompletableFuture<T> resultAsync();

  /** Completes with the result, polling by timers within the client's LRO timeout. */
  CompletableFuture<T> toFuture();

  /**
   * A token from which another process can continue this operation: a versioned, opaque String
   * holding the operation's URLs (original, poll and Location), its method, how it is polled,
   * where the result is read and the last status. It holds no credential, token or body.
   */
  String resumeToken();
}
