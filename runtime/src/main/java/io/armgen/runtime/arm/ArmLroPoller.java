package io.armgen.runtime.arm;

import io.armgen.runtime.http.CallContext;
import io.armgen.runtime.http.Cancellation;
import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.RetryAfter;
import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.Timers;
import io.armgen.runtime.json.JsonReadFunction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Follows an ARM long-running operation. After the initial response: poll the
 * {@code Azure-AsyncOperation} URL if sent (its body's {@code status} decides), else the
 * {@code Location} URL (202: running; 200/201/204: done), else, for PUT and PATCH, the original
 * URI until its {@code provisioningState} is terminal. Where the result is read from is decided
 * by {@link FinalResultSource}; what a response means by {@link LroProgress}. Polls are
 * non-blocking requests; the waits between them are timers. Thread-safe: state changes are
 * serialised.
 */
final class ArmLroPoller<T> implements LroPoller<T> {
  /** How progress is learned. */
  enum Mode { ASYNC_OPERATION, LOCATION, PROVISIONING_STATE, NONE }

  private final ArmClientCore core;
  private final HttpRequest initialRequest;
  private final HttpResponse initialResponse;
  private final FinalStateVia finalStateVia;
  private final JsonReadFunction<T> reader;
  private final RequestOptions options;
  private final LroProgress<T> progress;
  private boolean resultRead;
  private T result;

  ArmLroPoller(ArmClientCore core, HttpRequest initialRequest, HttpResponse initialResponse,
      FinalStateVia finalStateVia, JsonReadFunction<T> reader, RequestOptions options) {
    this.core = core;
    this.initialRequest = initialRequest;
    this.initialResponse = initialResponse;
    this.finalStateVia = finalStateVia;
    this.reader = reader;
    this.options = options;
    this.progress = LroProgress.start(this, initialRequest, initialResponse);
  }

  private ArmLroPoller(ArmClientCore core, LroResumeToken token, JsonReadFunction<T> reader) {
    this.core = core;
    this.initialRequest = new HttpRequest(token.method(), token.initialUri(), HttpHeaders.empty(), null);
    this.initialResponse = new HttpResponse(0, HttpHeaders.empty(), null);
    this.finalStateVia = token.finalStateVia();
    this.reader = reader;
    this.options = null;
    this.progress = LroProgress.resume(this, token);
  }

  static <T> ArmLroPoller<T> resume(ArmClientCore core, LroResumeToken token, JsonReadFunction<T> reader) {
    return new ArmLroPoller<>(core, token, reader);
  }

  @Override
  public LroStatus status() {
    return progress.status();
  }

  @Override
  public LroPollResponse<T> latest() {
    return progress.latest();
  }

  @Override
  public LroPollResponse<T> poll() {
    CallContext context = pollContext(null, null);
    return ArmClientCore.await(pollAsync(context), context);
  }

  @Override
  public CompletableFuture<LroPollResponse<T>> pollAsync() {
    try {
      return pollAsync(pollContext(null, null));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<LroPollResponse<T>> pollAsync(CallContext context) {
    URI uri = progress.pollUriIfRunning();
    if (uri == null) {
      context.release();
      return CompletableFuture.completedFuture(progress.latest());
    }
    HttpRequest request = RequestTranslator.get(uri).withContext(context);
    return core.executeAsync(request).thenApply(response -> progress.update(request, response));
  }

  @Override
  public T waitForCompletion() {
    return waitForCompletion(core.lroTimeout());
  }

  @Override
  public T waitForCompletion(Duration timeout) {
    Cancellation wait = new Cancellation();
    CompletableFuture<T> done = waitForCompletionAsync(timeout, wait);
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      wait.cancel();
      throw new CallCancelledException("interrupted while waiting for " + ErrorResponses.describe(initialRequest), null, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw Futures.unchecked(Futures.unwrap(e));
    }
  }

  @Override
  public CompletableFuture<T> waitForCompletionAsync(Duration timeout) {
    return waitForCompletionAsync(timeout, new Cancellation());
  }

  @Override
  public CompletableFuture<T> toFuture() {
    return waitForCompletionAsync(core.lroTimeout());
  }

  private CompletableFuture<T> waitForCompletionAsync(Duration timeout, Cancellation wait) {
    Runnable unlink = options == null || options.cancellation() == null ? () -> { } : options.cancellation().onCancel(wait::cancel);
    long deadline = System.nanoTime() + timeout.toNanos();
    CompletableFuture<T> done = waitLoop(deadline, timeout, wait);
    done.whenComplete((v, e) -> unlink.run());
    return done;
  }

  private CompletableFuture<T> waitLoop(long deadline, Duration timeout, Cancellation wait) {
    if (progress.status().isTerminal()) {
      return resultAsync();
    }
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return CompletableFuture.failedFuture(timedOut(timeout));
    }
    Duration delay = nextDelay();
    CompletableFuture<Void> pause = Timers.delay(delay.toNanos() < remaining ? delay : Duration.ofNanos(remaining));
    Runnable unregister = wait.onCancel(() -> pause.completeExceptionally(
        new CallCancelledException("cancelled while waiting for " + ErrorResponses.describe(initialRequest), null, null)));
    pause.whenComplete((v, e) -> unregister.run());
    return pause.thenCompose(v -> {
      if (System.nanoTime() - deadline >= 0) {
        return CompletableFuture.<T>failedFuture(timedOut(timeout));
      }
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      CallContext context = pollContext(left, wait);
      boolean cutByWait = context.timeout() != null && context.timeout().equals(left);
      return pollAsync(context).handle((response, failure) -> {
        if (failure == null) {
          return waitLoop(deadline, timeout, wait);
        }
        Throwable cause = Futures.unwrap(failure);
        if (cause instanceof ResponseTimeoutException && cutByWait) {
          // the wait's limit, not the poll's own timeout, cut the request in flight
          return CompletableFuture.<T>failedFuture(timedOut(timeout));
        }
        return CompletableFuture.<T>failedFuture(cause);
      }).thenCompose(f -> f);
    });
  }

  /** A context for one poll: the call timeout, cut to what is left of a wait. */
  private CallContext pollContext(Duration waitLeft, Cancellation wait) {
    Duration timeout = options == null || options.timeout() == null ? core.settings().callTimeout() : options.timeout();
    if (waitLeft != null && (timeout == null || waitLeft.compareTo(timeout) < 0)) {
      timeout = waitLeft;
    }
    Cancellation cancellation = wait != null ? wait : options == null ? null : options.cancellation();
    return CallContext.start(timeout, cancellation);
  }

  @Override
  public T result() {
    return ArmClientCore.await(resultAsync(), CallContext.NONE);
  }

  @Override
  public synchronized CompletableFuture<T> resultAsync() {
    LroStatus status = progress.status();
    if (!status.isTerminal()) {
      return CompletableFuture.failedFuture(new IllegalStateException("the operation "
          + ErrorResponses.describe(initialRequest) + " has not ended (status " + status + ")"));
    }
    if (progress.failure() != null) {
      return CompletableFuture.failedFuture(progress.failure());
    }
    if (resultRead) {
      return CompletableFuture.completedFuture(result);
    }
    return new FinalResultSource<>(this).read().thenApply(value -> {
      synchronized (this) {
        result = value;
        resultRead = true;
      }
      return value;
    });
  }

  @Override
  public String resumeToken() {
    return progress.resumeToken(initialRequest, finalStateVia);
  }

  // ---- read by FinalResultSource and LroProgress ----

  ArmClientCore core() {
    return core;
  }

  HttpRequest initialRequest() {
    return initialRequest;
  }

  FinalStateVia finalStateVia() {
    return finalStateVia;
  }

  JsonReadFunction<T> reader() {
    return reader;
  }

  LroProgress<T> progress() {
    return progress;
  }

  /** A GET of {@code uri} as one call with this operation's options. */
  HttpRequest get(URI uri) {
    return RequestTranslator.get(uri).withContext(pollContext(null, null));
  }

  boolean isPutOrPatch() {
    return initialRequest.method().equals("PUT") || initialRequest.method().equals("PATCH");
  }

  // ---- internals ----

  private Duration nextDelay() {
    Duration asked = RetryAfter.from(progress.lastResponse().headers(), Instant.now());
    Duration delay = asked != null ? asked : core.settings().pollInterval();
    Duration floor = core.settings().minPollInterval();
    return delay.compareTo(floor) < 0 ? floor : delay;
  }

  private LroTimeoutException timedOut(Duration timeout) {
    String requestId = initialResponse.header("x-ms-request-id");
    String clientRequestId = ErrorResponses.clientRequestId(initialRequest, initialResponse);
    return new LroTimeoutException(ErrorResponses.describe(initialRequest)
        + ": long-running operation did not end within " + timeout + " (status " + progress.status() + ")"
        + ErrorResponses.ids(requestId, clientRequestId), requestId, clientRequestId);
  }
}
