package io.armgen.runtime.http;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An ordered list of policies in front of a transport. Immutable and thread-safe.
 *
 * <p>There is one path through it, the async one: {@link #send} waits for {@link #sendAsync}.
 * (Measured in BENCHMARKS.md: the wait costs nothing measurable next to an exchange, and one path
 * means retries, deadlines and token refresh behave the same for sync and async callers.)
 */
public final class HttpPipeline {
  private final List<HttpPolicy> policies;
  private final HttpTransport transport;

  /**
   * @param policies the policies, first to last; copied
   * @param transport sends what the last policy passes on
   * @throws NullPointerException if an argument is null or a policy is null
   */
  public HttpPipeline(List<HttpPolicy> policies, HttpTransport transport) {
    this.policies = List.copyOf(policies);
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * Runs {@code request} through every policy, in order, then the transport, and waits for the
   * response. An interrupt cancels the request's call (aborting the exchange) when it has a
   * {@link Cancellation}.
   *
   * @param request the request
   * @return the response, whatever its status (statuses are the caller's to judge)
   * @throws IOException when the exchange fails; {@link java.io.InterruptedIOException} when the
   *     waiting thread is interrupted
   */
  public HttpResponse send(HttpRequest request) throws IOException {
    return BlockingWait.await(request, sendAsync(request));
  }

  /**
   * Like {@link #send} without blocking. A policy that throws instead of returning a future fails
   * the future too.
   *
   * @param request the request
   * @return completes with the response, or fails with the exchange's exception
   */
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    return proceedFrom(0, request);
  }

  /**
   * The policies, in order.
   *
   * @return an unmodifiable list
   */
  public List<HttpPolicy> policies() {
    return policies;
  }

  private CompletableFuture<HttpResponse> proceedFrom(int index, HttpRequest request) {
    try {
      if (index == policies.size()) {
        return transport.sendAsync(request);
      }
      return policies.get(index).processAsync(request, next -> proceedFrom(index + 1, next));
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
