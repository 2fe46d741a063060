package io.armgen.runtime.http;

import io.armgen.runtime.internal.Timers;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets at most {@code maxInFlight} exchanges of another transport be in flight at once; the rest
 * wait in order, holding no thread. Every exchange in flight costs memory that the caller cannot
 * see (the JDK client keeps a 16 KiB buffer per open HTTP/1.1 connection, and opens a connection
 * per concurrent exchange), so without a limit enough concurrent calls run a small heap out of
 * memory instead of taking a little longer.
 *
 * <p>A waiting request still ends at its call's deadline and on its cancellation, as it would in
 * flight: with {@link DeadlineExceededException} or {@link RequestCancelledException}, without
 * having been sent.
 */
public final class LimitedTransport implements HttpTransport {
  private final HttpTransport transport;
  private final int maxInFlight;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
  /** Serialises {@link #drain}: whoever raises it from 0 drains for everyone who raises it meanwhile. */
  private final AtomicInteger draining = new AtomicInteger();

  /**
   * @param transport the transport that sends the requests let through
   * @param maxInFlight the most exchanges in flight at once; positive
   * @throws IllegalArgumentException when {@code maxInFlight} is 0 or negative
   */
  public LimitedTransport(HttpTransport transport, int maxInFlight) {
    this.transport = Objects.requireNonNull(transport, "transport");
    if (maxInFlight <= 0) {
      throw new IllegalArgumentException("maxInFlight must be positive but was " + maxInFlight);
    }
    this.maxInFlight = maxInFlight;
  }

  /**
   * A limit for the JVM's heap: one exchange per 64 KiB of the maximum heap (4,096 at 256 MiB),
   * at least 64. Measured in BENCHMARKS.md: about 36 KB of heap per HTTP/1.1 exchange in flight.
   *
   * @return the limit {@code maxConcurrentRequests} defaults to in this JVM
   */
  public static int defaultLimit() {
    return (int) Math.max(64, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() >> 16));
  }

  /**
   * The most exchanges in flight at once.
   *
   * @return the limit this transport was made with
   */
  public int maxInFlight() {
    return maxInFlight;
  }

  /** Waits for {@link #sendAsync}; an interrupt cancels the request's call. */
  @Override
  public HttpResponse send(HttpRequest request) throws IOException {
    return BlockingWait.await(request, sendAsync(request));
  }

  @Override
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    if (waiting.isEmpty() && tryAcquire()) {
      return start(request);
    }
    Waiting entry = new Waiting(request);
    entry.watch();   // before it can be started, so a start always finds its timer to stop
    waiting.add(entry);
    drain();
    return entry.result;
  }

  private boolean tryAcquire() {
    while (true) {
      int n = inFlight.get();
      if (n >= maxInFlight) {
        return false;
      }
      if (inFlight.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  private CompletableFuture<HttpResponse> start(HttpRequest request) {
    CompletableFuture<HttpResponse> exchange;
    try {
      exchange = transport.sendAsync(request);
    } catch (RuntimeException | Error e) {
      exchange = CompletableFuture.failedFuture(e);
    }
    exchange.whenComplete((response, failure) -> {
      inFlight.decrementAndGet();
      drain();
    });
    return exchange;
  }

  /**
   * Starts waiting requests while there is room. A start that ends at once (a failure) releases
   * its place from inside this loop: the counter turns that into another pass instead of a
   * recursion as deep as the queue.
   */
  private void drain() {
    if (draining.getAndIncrement() != 0) {
      return;
    }
    do {
      while (!waiting.isEmpty() && tryAcquire()) {
        Waiting next = waiting.poll();
        if (next == null) {
          inFlight.decrementAndGet();
          break;
        }
        next.begin();
      }
    } while (draining.decrementAndGet() != 0);
  }

  /** A request waiting for a place, until its deadline or cancellation ends it first. */
  private final class Waiting {
    final HttpRequest request;
    final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    volatile ScheduledFuture<?> timer;
    volatile Runnable unregister;

    Waiting(HttpRequest request) {
      this.request = request;
    }

    void watch() {
      CallContext context = request.context();
      Duration left = context.remaining();
      if (left != null) {
        timer = Timers.schedule(left, () -> result.completeExceptionally(new DeadlineExceededException(
            "no place to send " + request + " " + context.describeWait() + ": " + maxInFlight
                + " requests were in flight", true, context.timeout())));
      }
      if (context.cancellation() != null) {
        unregister = context.cancellation().onCancel(() -> result.completeExceptionally(
            new RequestCancelledException("cancelled while waiting to send " + request)));
      }
    }

    /** Runs with a place taken: sends, or hands the place back when the wait already ended. */
    void begin() {
      ScheduledFuture<?> t = timer;
      if (t != null) {
        t.cancel(false);
      }
      Runnable u = unregister;
      if (u != null) {
        u.run();
      }
      if (result.isDone()) {
        inFlight.decrementAndGet();
        return;
      }
      start(request).whenComplete((response, failure) -> {
        if (failure != null) {
          result.completeExceptionally(failure);
        } else {
          result.complete(response);
        }
      });
    }
  }
}
