package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.RetryAfter;
import io.armgen.runtime.json.JsonReadFunction;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Follows an ARM long-running operation. After the initial response: poll the
 * {@code Azure-AsyncOperation} URL if sent (its body's {@code status} decides), else the
 * {@code Location} URL (202: running; 200/201/204: done), else, for PUT and PATCH, the original
 * URI until its {@code provisioningState} is terminal. Where the result is read from is decided
 * by {@link FinalResultSource}. Thread-safe: polling is serialised.
 */
final class ArmLroPoller<T> implements LroPoller<T> {
  /** How progress is learned. */
  enum Mode { ASYNC_OPERATION, LOCATION, PROVISIONING_STATE, NONE }

  private final ArmClientCore core;
  private final HttpRequest initialRequest;
  private final HttpResponse initialResponse;
  private final FinalStateVia finalStateVia;
  private final JsonReadFunction<T> reader;
  private final Mode mode;
  private final URI locationUri;
  private URI pollUri;
  private volatile LroStatus status;
  private HttpRequest lastRequest;
  private HttpResponse lastResponse;
  private LroBody lastBody = LroBody.EMPTY;
  private ManagementException failure;
  private boolean resultRead;
  private T result;

  ArmLroPoller(ArmClientCore core, HttpRequest initialRequest, HttpResponse initialResponse,
      FinalStateVia finalStateVia, JsonReadFunction<T> reader) {
    this.core = core;
    this.initialRequest = initialRequest;
    this.initialResponse = initialResponse;
    this.finalStateVia = finalStateVia;
    this.reader = reader;
    this.lastRequest = initialRequest;
    this.lastResponse = initialResponse;
    String asyncOperation = initialResponse.header("azure-asyncoperation");
    String location = initialResponse.header("location");
    this.locationUri = location == null || location.isBlank() ? null : resolve(location);
    int code = initialResponse.statusCode();
    LroBody settled = code == 200 && isPutOrPatch() ? settledBody(initialResponse) : null;
    if (settled != null) {
      // A PUT/PATCH answered 200 with a terminal provisioningState is over: its poll headers are not followed.
      mode = Mode.PROVISIONING_STATE;
      pollUri = initialRequest.uri();
      setStatus(LroBody.toStatus(settled.provisioningState()), initialRequest, initialResponse, settled);
      lastBody = settled;
    } else if (asyncOperation != null && !asyncOperation.isBlank()) {
      mode = Mode.ASYNC_OPERATION;
      pollUri = resolve(asyncOperation);
      status = LroStatus.IN_PROGRESS;
    } else if (locationUri != null && (code == 202 || code == 201)) {
      mode = Mode.LOCATION;
      pollUri = locationUri;
      status = LroStatus.IN_PROGRESS;
    } else if (isPutOrPatch()) {
      mode = Mode.PROVISIONING_STATE;
      pollUri = initialRequest.uri();
      status = code == 202 ? LroStatus.IN_PROGRESS : provisioningStatus(initialRequest, initialResponse);
    } else {
      // A DELETE or POST that answered without any way to poll has finished.
      mode = Mode.NONE;
      status = LroStatus.SUCCEEDED;
    }
  }

  @Override
  public LroStatus status() {
    return status;
  }

  @Override
  public synchronized LroStatus poll() {
    if (status.isTerminal()) {
      return status;
    }
    HttpRequest request = RequestTranslator.get(pollUri);
    HttpResponse response = core.execute(request);
    lastRequest = request;
    lastResponse = response;
    int code = response.statusCode();
    switch (mode) {
      case ASYNC_OPERATION -> {
        ArmClientCore.requireStatus(request, response, new int[0]);
        LroBody body = parseBody(request, response);
        if (body.status() == null) {
          throw ArmClientCore.malformed(request, response, "its Azure-AsyncOperation body has no status", null);
        }
        setStatus(LroBody.toStatus(body.status()), request, response, body);
      }
      case LOCATION -> {
        if (code == 202) {
          String next = response.header("location");
          if (next != null && !next.isBlank()) {
            pollUri = resolve(next);
          }
        } else if (code >= 200 && code < 300) {
          // A non-202 answer on the Location URL ends the operation (ARM's rule). Its resource may say
          // Failed or Canceled; any other provisioningState (e.g. a "Deleting" snapshot) is not a reason
          // to poll on: the Location URL would answer the same forever.
          LroBody body = lenientBody(response);
          lastBody = body;
          LroStatus state = body.provisioningState() == null ? LroStatus.SUCCEEDED : LroBody.toStatus(body.provisioningState());
          setStatus(state == LroStatus.IN_PROGRESS ? LroStatus.SUCCEEDED : state, request, response, body);
        } else if (code == 408 || code == 429 || code >= 500) {
          // The poll itself failed (after the pipeline's retries): the operation's fate is unknown.
          throw ErrorResponses.unexpectedStatus(request, response);
        } else {
          setStatus(LroStatus.FAILED, request, response, LroBody.EMPTY);
        }
      }
      case PROVISIONING_STATE -> {
        ArmClientCore.requireStatus(request, response, new int[0]);
        if (code != 202) {
          provisioningStatus(request, response);
        }
      }
      case NONE -> status = LroStatus.SUCCEEDED;
      default -> throw new IllegalStateException("unknown mode " + mode);
    }
    return status;
  }

  @Override
  public T waitForCompletion() {
    return waitForCompletion(core.lroTimeout());
  }

  @Override
  public synchronized T waitForCompletion(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!status.isTerminal()) {
      Duration remaining = Duration.between(Instant.now(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw timedOut(timeout);
      }
      Duration delay = nextDelay();
      sleep(delay.compareTo(remaining) < 0 ? delay : remaining);
      if (!Instant.now().isBefore(deadline)) {
        throw timedOut(timeout);
      }
      poll();
    }
    return result();
  }

  @Override
  public synchronized T result() {
    if (!status.isTerminal()) {
      throw new IllegalStateException("the operation " + ErrorResponses.describe(initialRequest)
          + " has not ended (status " + status + ")");
    }
    if (failure != null) {
      throw failure;
    }
    if (!resultRead) {
      result = new FinalResultSource<>(this).read();
      resultRead = true;
    }
    return result;
  }

  @Override
  public CompletableFuture<T> toFuture() {
    return CompletableFuture.supplyAsync(this::waitForCompletion, core.executor());
  }

  // ---- read by FinalResultSource ----

  ArmClientCore core() {
    return core;
  }

  HttpRequest initialRequest() {
    return initialRequest;
  }

  HttpResponse initialResponse() {
    return initialResponse;
  }

  FinalStateVia finalStateVia() {
    return finalStateVia;
  }

  JsonReadFunction<T> reader() {
    return reader;
  }

  Mode mode() {
    return mode;
  }

  URI locationUri() {
    return locationUri;
  }

  HttpRequest lastRequest() {
    return lastRequest;
  }

  HttpResponse lastResponse() {
    return lastResponse;
  }

  LroBody lastBody() {
    return lastBody;
  }

  boolean isPutOrPatch() {
    return initialRequest.method().equals("PUT") || initialRequest.method().equals("PATCH");
  }

  // ---- internals ----

  /** Relative poll URLs are resolved against the request URI. */
  private URI resolve(String link) {
    try {
      return initialRequest.uri().resolve(link.trim());
    } catch (IllegalArgumentException e) {
      throw ArmClientCore.malformed(initialRequest, initialResponse, "it sent an unusable poll URL", e);
    }
  }

  private LroStatus provisioningStatus(HttpRequest request, HttpResponse response) {
    LroBody body = parseBody(request, response);
    // A resource without provisioningState has nothing left to do.
    LroStatus state = body.provisioningState() == null ? LroStatus.SUCCEEDED : LroBody.toStatus(body.provisioningState());
    setStatus(state, request, response, body);
    return state;
  }

  /** The body's progress fields when its provisioningState is terminal; null otherwise or when unreadable. */
  private static LroBody settledBody(HttpResponse response) {
    LroBody body = lenientBody(response);
    return body.provisioningState() != null && LroBody.toStatus(body.provisioningState()).isTerminal() ? body : null;
  }

  /** The body's progress fields, or none when it is empty or not JSON (a Location poll need not be). */
  private static LroBody lenientBody(HttpResponse response) {
    if (response.body().length == 0) {
      return LroBody.EMPTY;
    }
    try {
      return LroBody.parse(response.body());
    } catch (IOException | RuntimeException notJson) {
      return LroBody.EMPTY;
    }
  }

  private LroBody parseBody(HttpRequest request, HttpResponse response) {
    try {
      LroBody body = LroBody.parse(response.body());
      lastBody = body;
      return body;
    } catch (IOException | RuntimeException e) {
      throw ArmClientCore.malformed(request, response, "its body could not be read: " + e.getMessage(), e);
    }
  }

  private void setStatus(LroStatus next, HttpRequest request, HttpResponse response, LroBody body) {
    if (next == LroStatus.FAILED || next == LroStatus.CANCELED) {
      ManagementError error = body.error() != null ? body.error() : ErrorResponses.parseError(response.body());
      String requestId = response.header("x-ms-request-id");
      String clientRequestId = ErrorResponses.clientRequestId(request, response);
      StringBuilder message = new StringBuilder(ErrorResponses.describe(initialRequest))
          .append(": long-running operation ").append(next == LroStatus.FAILED ? "Failed" : "Canceled");
      if (error != null) {
        message.append(" with ").append(ErrorResponses.cappedText(String.valueOf(error.code()))).append(": ")
            .append(ErrorResponses.cappedText(String.valueOf(error.message())));
      }
      message.append(ErrorResponses.ids(requestId, clientRequestId));
      failure = new LongRunningOperationFailedException(message.toString(), next, response.statusCode(), error,
          ErrorResponses.cappedBody(response.body()), requestId, clientRequestId);
    }
    status = next;
  }

  private Duration nextDelay() {
    Duration asked = RetryAfter.from(lastResponse.headers(), Instant.now());
    return asked != null ? asked : core.pollInterval();
  }

  private LroTimeoutException timedOut(Duration timeout) {
    String requestId = initialResponse.header("x-ms-request-id");
    String clientRequestId = ErrorResponses.clientRequestId(initialRequest, initialResponse);
    return new LroTimeoutException(ErrorResponses.describe(initialRequest)
        + ": long-running operation did not end within " + timeout + " (status " + status + ")"
        + ErrorResponses.ids(requestId, clientRequestId), requestId, clientRequestId);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(Math.max(0, delay.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted while waiting for a long-running operation");
      cancelled.initCause(e);
      throw cancelled;
    }
  }
}
