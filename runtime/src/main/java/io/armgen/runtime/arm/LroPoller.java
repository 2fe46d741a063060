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
 * <p>Thread-safe. Failures of a request (no response, an unexpected status, an unreadable body)
 * are thrown as {@link ManagementException}s; an operation that ends Failed or Canceled is a status
 * for {@link #poll()} and a {@link LongRunningOperationFailedException} for the methods that
 * return the result.
 *
 * @param <T> the final result type ({@code Void} for deletes)
 */
public interface LroPoller<T> {
  /**
   * Sends one poll request (if not yet terminal) and returns what it said: the status and the
   * intermediate body. Once the operation has ended, returns {@link #latest()} without a request.
   * Bounded by the call's timeout (the {@code RequestOptions} of the call that started it, else the
   * client's).
   *
   * @return what the poll said
   * @throws ManagementException if the poll request fails
   */
  LroPollResponse<T> poll();

  /**
   * {@link #poll()} without blocking.
   *
   * @return completes with what the poll said, or fails with the {@link ManagementException}
   */
  CompletableFuture<LroPollResponse<T>> pollAsync();

  /**
   * The status as of the last response, without a request.
   *
   * @return the status; for a poller resumed from a token, the status the token recorded
   */
  LroStatus status();

  /**
   * The last response (the initial one before any poll), without a request.
   *
   * @return what the last response said
   */
  LroPollResponse<T> latest();

  /**
   * Polls until the operation ends, honouring Retry-After (but never polling more often than the
   * client's minimum poll interval), and returns its result.
   *
   * The overall timeout is the client's {@code lroTimeout} (one hour by default).
   *
   * @return the result; null when the operation has none ({@code Void}, an empty final body)
   * @throws LongRunningOperationFailedException on Failed or Canceled, carrying the ARM error
   * @throws LroTimeoutException when the overall timeout passes first (the poll in flight is cut)
   * @throws CallCancelledException when the waiting thread is interrupted, or the call's
   *     cancellation handle is cancelled
   * @throws ManagementException when a poll, or the request for the result, fails
   */
  T waitForCompletion();

  /**
   * Like {@link #waitForCompletion()} with a timeout for this wait.
   *
   * @param timeout the longest this wait may take, polls included; not null
   * @return the result; null when the operation has none
   * @throws LongRunningOperationFailedException on Failed or Canceled
   * @throws LroTimeoutException when {@code timeout} passes first; the operation may still be running
   * @throws CallCancelledException when the waiting thread is interrupted or the call is cancelled
   * @throws ManagementException when a poll, or the request for the result, fails
   */
  T waitForCompletion(Duration timeout);

  /**
   * {@link #waitForCompletion(Duration)} without blocking: no thread is held between polls.
   *
   * @param timeout the longest this wait may take, polls included; not null
   * @return completes with the result, or fails with the exceptions {@link #waitForCompletion(Duration)} throws
   */
  CompletableFuture<T> waitForCompletionAsync(Duration timeout);

  /**
   * The final result once the operation succeeded, fetching it if needed (where from depends on
   * the operation's {@link FinalStateVia}); fetched once, then kept.
   *
   * @return the result; null when the operation has none
   * @throws IllegalStateException when the operation has not ended
   * @throws LongRunningOperationFailedException when it ended Failed or Canceled
   * @throws ManagementException when fetching the result fails
   */
  T result();

  /**
   * {@link #result()} without blocking.
   *
   * @return completes with the result, or fails with the exceptions {@link #result()} throws
   */
  CompletableFuture<T> resultAsync();

  /**
   * Completes with the result, polling by timers within the client's {@code lroTimeout}: the same
   * as {@code waitForCompletionAsync(lroTimeout)}.
   *
   * @return completes with the result, or fails with the exceptions {@link #waitForCompletion()} throws
   */
  CompletableFuture<T> toFuture();

  /**
   * A token from which another process can continue this operation: a versioned, opaque String
   * holding the operation's URLs (original, poll and Location), its method, how it is polled,
   * where the result is read and the last status. It holds no credential, token or body.
   *
   * @return the token; a runtime reads only tokens of its own format version ({@code armgen.lro.v1.})
   */
  String resumeToken();
}
