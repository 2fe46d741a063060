package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.Timers;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The transport over {@code java.net.http.HttpClient}'s {@code sendAsync}: no thread waits on the
 * network. One instance (and one client, with its connection pool) serves every request of a
 * client core.
 *
 * <p>Each attempt is bounded three ways: its response timeout (headers and body together; the
 * JDK's own timeout stops counting once the headers are in), what is left of the call's
 * {@link CallContext} deadline, and the caller's {@link Cancellation}. Whichever comes first
 * aborts the exchange. Bodies are read through {@link BoundedBody}; a request may ask for its 2xx
 * body as a stream instead ({@link ReceivedBody}), and may send its own body from a stream
 * ({@link RequestPublishers}).
 */
public final class JdkHttpTransport implements HttpTransport {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
  /** Success bodies are limited to this by default (64 MiB). */
  public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;
  /** Error bodies are read up to this (64 KiB: any ARM error; the rest is discarded). */
  public static final int DEFAULT_MAX_ERROR_BODY_BYTES = 64 << 10;

  private final HttpClient client;
  private final Duration responseTimeout;
  private final long maxBodyBytes;
  private final int maxErrorBodyBytes;

  /**
   * A transport with the default body limits ({@link #DEFAULT_MAX_BODY_BYTES},
   * {@link #DEFAULT_MAX_ERROR_BODY_BYTES}).
   *
   * @param client the shared JDK client (its connect timeout applies)
   * @param responseTimeout how long to wait for each response, headers and body; null waits without limit
   * @throws NullPointerException when {@code client} is null
   */
  public JdkHttpTransport(HttpClient client, Duration responseTimeout) {
    this(client, responseTimeout, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ERROR_BODY_BYTES);
  }

  /**
   * A transport with its own body limits.
   *
   * @param client the shared JDK client (its connect timeout applies)
   * @param responseTimeout how long to wait for each response, headers and body; null waits without limit
   * @param maxBodyBytes the largest success body read; a larger one fails with {@link BodyTooLargeException}
   * @param maxErrorBodyBytes how much of an error body is kept; the rest is discarded
   * @throws NullPointerException when {@code client} is null
   * @throws IllegalArgumentException when a limit is not positive
   */
  public JdkHttpTransport(HttpClient client, Duration responseTimeout, long maxBodyBytes, int maxErrorBodyBytes) {
    this.client = Objects.requireNonNull(client, "client");
    this.responseTimeout = responseTimeout;
    if (maxBodyBytes <= 0 || maxErrorBodyBytes <= 0) {
      throw new IllegalArgumentException("body limits must be positive");
    }
    this.maxBodyBytes = maxBodyBytes;
    this.maxErrorBodyBytes = maxErrorBodyBytes;
  }

  /**
   * A client that follows no redirects (ARM does not send any a client should follow blindly),
   * with a small fixed pool of daemon threads for the JDK's completion work (its default pool
   * grows a thread per concurrent exchange).
   *
   * @param connectTimeout how long to wait for a connection; null for the JDK's default (no limit)
   * @return a new client
   */
  public static HttpClient newClient(Duration connectTimeout) {
    HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .executor(ClientThreads.POOL);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return builder.build();
  }

  @Override
  public HttpResponse send(HttpRequest request) throws IOException {
    return BlockingWait.await(request, sendAsync(request));
  }

  @Override
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    CallContext context = request.context();
    if (context.isCancelled()) {
      return CompletableFuture.failedFuture(new RequestCancelledException("cancelled before " + request + " was sent"));
    }
    Duration left = context.remaining();
    boolean callLimits = left != null && (responseTimeout == null || left.compareTo(responseTimeout) < 0);
    Duration limit = callLimits ? left : responseTimeout;
    context.startAttempt();
    if (limit != null && (limit.isNegative() || limit.isZero())) {
      return CompletableFuture.failedFuture(timeout(request, context, true, limit));
    }
    java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(request.uri());
    builder.method(request.method(), RequestPublishers.of(request.content()));
    for (Map.Entry<String, List<String>> header : request.headers().toMap().entrySet()) {
      if (!RESTRICTED.contains(header.getKey())) {
        for (String value : header.getValue()) {
          builder.header(header.getKey(), value);
        }
      }
    }
    if (limit != null) {
      builder.timeout(limit);
    }
    Attempt attempt = new Attempt();
    java.net.http.HttpResponse.BodyHandler<ReceivedBody.Received> received =
        ReceivedBody.handler(request, maxBodyBytes, maxErrorBodyBytes);
    // A body read whole is delivered from its body subscriber, on the client's own threads: the
    // future sendAsync returns completes on CompletableFuture's default executor, which is a new
    // thread per exchange where the common pool has fewer than 2 threads (2 cores or fewer), so no
    // work of ours may wait for it. A streamed body is the exception: its reader blocks on the
    // stream, which must not happen on the thread that feeds it, so it is delivered from that
    // future (one thread per download is no cost). The future also reports failures that end an
    // exchange before its body does.
    CompletableFuture<java.net.http.HttpResponse<ReceivedBody.Received>> exchange = client.sendAsync(builder.build(), info -> {
      java.net.http.HttpResponse.BodySubscriber<ReceivedBody.Received> subscriber = received.apply(info);
      subscriber.getBody().thenAccept(body -> {
        BoundedBody.Bytes read = body.bytes();
        if (read == null) {
          return;
        }
        if (read.tooLarge() != null) {
          attempt.fail(read.tooLarge());
        } else {
          attempt.succeed(new HttpResponse(info.statusCode(), HttpHeaders.of(info.headers().map()), read.bytes(),
              read.truncated()));
        }
      });
      return subscriber;
    });
    attempt.timer = limit == null ? null : Timers.schedule(limit, () -> {
      if (attempt.fail(timeout(request, context, callLimits, limit))) {
        exchange.cancel(true);
      }
    });
    attempt.unregister = context.cancellation() == null ? null : context.cancellation().onCancel(() -> {
      if (attempt.fail(new RequestCancelledException("cancelled while waiting for " + request))) {
        exchange.cancel(true);
      }
    });
    exchange.whenComplete((response, failure) -> {
      if (failure != null) {
        Throwable cause = Futures.unwrap(failure);
        if (cause instanceof java.net.http.HttpTimeoutException && !(cause instanceof java.net.http.HttpConnectTimeoutException)) {
          cause = timeout(request, context, callLimits, limit);
        }
        attempt.fail(cause);
      } else if (response.body().stream() != null) {
        // the timers above covered the status and headers; the reader sets the pace now
        attempt.succeed(HttpResponse.streamed(response.statusCode(), HttpHeaders.of(response.headers().map()),
            response.body().stream()));
      }
    });
    if (attempt.result.isDone()) {
      attempt.release();   // it ended before the timer and the cancellation hook were in place
    }
    return attempt.result;
  }

  /** One exchange's outcome: the first of response, failure, timeout or cancellation wins. */
  private static final class Attempt {
    final CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    volatile ScheduledFuture<?> timer;
    volatile Runnable unregister;

    boolean fail(Throwable failure) {
      release();
      return result.completeExceptionally(failure);
    }

    void succeed(HttpResponse response) {
      release();
      result.complete(response);
    }

    /**
     * Stops the timer and the cancellation hook before anything waiting on the result runs, and
     * drops them: the JDK client holds on to an exchange (and so to this) a little longer.
     */
    void release() {
      ScheduledFuture<?> t = timer;
      if (t != null) {
        t.cancel(false);
        timer = null;
      }
      Runnable u = unregister;
      if (u != null) {
        u.run();
        unregister = null;
      }
    }
  }

  private DeadlineExceededException timeout(HttpRequest request, CallContext context, boolean callDeadline, Duration limit) {
    return new DeadlineExceededException("no complete response to " + request + " "
        + (callDeadline ? context.describeWait() : "within the response timeout " + limit + " (attempt "
            + context.attempts() + ")"), callDeadline, callDeadline ? context.timeout() : limit);
  }

  /** The JDK client's completion threads: a few, whatever the number of exchanges in flight. */
  private static final class ClientThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = Executors.newFixedThreadPool(
        Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())), runnable -> {
          Thread thread = new Thread(runnable, "armgen-http-" + COUNT.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
