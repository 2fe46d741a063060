package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.Timers;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Retries transient failures: statuses 408, 429, 500, 502, 503, 504 and I/O failures, at most
 * {@link RetryOptions#maxRetries()} times, with exponential backoff and jitter, or the delay the
 * server asks for with Retry-After / retry-after-ms / x-ms-retry-after-ms. A server that asks for
 * more than {@link RetryOptions#maxDelay()} gets no retry: its answer is returned at once.
 *
 * <p>Which requests may be repeated: GET, HEAD, PUT, DELETE and OPTIONS are idempotent and are
 * retried on every transient failure. POST and PATCH may not be idempotent, so they are retried
 * only when the server cannot have acted on them: the connection could not be established, or
 * the server answered 429 or 503 together with a retry-after header (ARM throttling and
 * "come back later" answers, sent before the request is processed).
 *
 * <p>Each retry is logged at DEBUG: a retry that succeeds is not the caller's concern, and one that
 * does not ends in an exception.
 *
 * <p>A request whose body is a stream that can be read only once ({@link RequestBody#replayable()}
 * false) is sent once: there is nothing to send again.
 */
public final class RetryPolicy implements HttpPolicy {
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryOptions options;
  private final System.Logger logger;
  private final Clock clock;

  /**
   * Logs retries to the {@code io.armgen.runtime.http} logger.
   *
   * @param options how often and how long to retry
   */
  public RetryPolicy(RetryOptions options) {
    this(options, System.getLogger("io.armgen.runtime.http"));
  }

  /**
   * @param options how often and how long to retry
   * @param logger where retries are logged, at DEBUG
   */
  public RetryPolicy(RetryOptions options, System.Logger logger) {
    this.options = Objects.requireNonNull(options, "options");
    this.logger = Objects.requireNonNull(logger, "logger");
    this.clock = Clock.systemUTC();
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    return HttpPolicy.processByWaiting(this, request, next);
  }

  /**
   * Attempts one after another; each backoff is a timer, not a sleeping thread. A backoff that
   * would end past the call's deadline is not waited: the last answer (or failure) is returned.
   */
  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    if (request.content() != null && !request.content().replayable()) {
      return next.proceed(request);
    }
    return attempt(request, next, 0, null);
  }

  private CompletableFuture<HttpResponse> attempt(HttpRequest request, AsyncNext next, int retry, IOException earlier) {
    boolean idempotent = IDEMPOTENT.contains(request.method());
    boolean lastAttempt = retry >= options.maxRetries();
    return next.proceed(request).handle((response, thrown) -> {
      if (thrown != null) {
        Throwable failure = Futures.unwrap(thrown);
        if (!(failure instanceof IOException e) || failure instanceof InterruptedIOException
            || failure instanceof BodyTooLargeException || failure instanceof DeadlineExceededException d && d.isCallDeadline()) {
          // not an I/O failure, the caller gave up, the body is too large (it would be again), or the call's time is up
          return CompletableFuture.<HttpResponse>failedFuture(failure);
        }
        if (earlier != null) {
          e.addSuppressed(earlier);
        }
        Duration delay = backoff(retry);
        if (lastAttempt || !mayRetry(e, idempotent) || !request.context().fits(delay)) {
          return CompletableFuture.<HttpResponse>failedFuture(e);
        }
        return later(request, next, retry, delay, e.getClass().getSimpleName(), e);
      }
      if (lastAttempt || !mayRetry(response, idempotent)) {
        return CompletableFuture.completedFuture(response);
      }
      Duration asked = RetryAfter.from(response.headers(), clock.instant());
      if (asked != null && asked.compareTo(options.maxDelay()) > 0) {
        // Waiting longer than the configured cap would block the caller for as long as the server
        // likes (an hour is a valid Retry-After); retrying sooner would only be throttled again.
        logger.log(System.Logger.Level.DEBUG, "Not retrying " + request + ": the server asks to wait " + asked.toMillis()
            + " ms, more than maxDelay " + options.maxDelay().toMillis() + " ms (x-ms-client-request-id: "
            + request.header(RequestIdPolicy.HEADER) + ")");
        return CompletableFuture.completedFuture(response);
      }
      Duration delay = asked != null ? asked : backoff(retry);
      if (!request.context().fits(delay)) {
        return CompletableFuture.completedFuture(response);
      }
      return later(request, next, retry, delay, "status " + response.statusCode(), earlier);
    }).thenCompose(Function.identity());
  }

  private CompletableFuture<HttpResponse> later(HttpRequest request, AsyncNext next, int retry, Duration delay,
      String reason, IOException earlier) {
    if (logger.isLoggable(System.Logger.Level.DEBUG)) {
      logger.log(System.Logger.Level.DEBUG, "Retry " + (retry + 1) + " of " + options.maxRetries() + " for "
          + request + " after " + reason + " in " + delay.toMillis() + " ms (x-ms-client-request-id: "
          + request.header(RequestIdPolicy.HEADER) + ")");
    }
    CompletableFuture<Void> wait = Timers.delay(delay);
    Cancellation cancellation = request.context().cancellation();
    if (cancellation != null) {
      Runnable unregister = cancellation.onCancel(() -> wait.completeExceptionally(
          new RequestCancelledException("cancelled while waiting to retry " + request)));
      wait.whenComplete((v, e) -> unregister.run());
    }
    return wait.thenCompose(v -> attempt(request, next, retry + 1, earlier));
  }

  private static boolean mayRetry(IOException e, boolean idempotent) {
    boolean neverConnected = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    return neverConnected || idempotent;
  }

  private boolean mayRetry(HttpResponse response, boolean idempotent) {
    int status = response.statusCode();
    if (!RETRYABLE_STATUSES.contains(status)) {
      return false;
    }
    if (idempotent) {
      return true;
    }
    return (status == 429 || status == 503) && RetryAfter.from(response.headers(), clock.instant()) != null;
  }

  private Duration backoff(int retry) {
    long base = options.baseDelay().toMillis();
    long exponential = base << Math.min(retry, 20);
    long capped = Math.min(exponential, options.maxDelay().toMillis());
    double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
    return Duration.ofMillis(Math.min((long) (capped * jitter), options.maxDelay().toMillis()));
  }
}
