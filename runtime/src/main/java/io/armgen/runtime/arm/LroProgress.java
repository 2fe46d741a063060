package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Where a long-running operation stands and what each response says about it: the poll mode
 * chosen from the initial response, the URL to poll next, the status, the last response and the
 * failure once it failed. All methods are serialised.
 */
final class LroProgress<T> {
  private final ArmLroPoller<T> poller;
  private final ArmLroPoller.Mode mode;
  private final URI locationUri;
  private URI pollUri;
  private LroStatus status;
  private HttpRequest lastRequest;
  private HttpResponse lastResponse;
  private LroBody lastBody = LroBody.EMPTY;
  private ManagementException failure;

  private LroProgress(ArmLroPoller<T> poller, ArmLroPoller.Mode mode, URI locationUri, URI pollUri, LroStatus status,
      HttpRequest lastRequest, HttpResponse lastResponse) {
    this.poller = poller;
    this.mode = mode;
    this.locationUri = locationUri;
    this.pollUri = pollUri;
    this.status = status;
    this.lastRequest = lastRequest;
    this.lastResponse = lastResponse;
  }

  /** The progress after the initial response. */
  static <T> LroProgress<T> start(ArmLroPoller<T> poller, HttpRequest initialRequest, HttpResponse initialResponse) {
    String asyncOperation = initialResponse.header("azure-asyncoperation");
    String location = initialResponse.header("location");
    URI locationUri = location == null || location.isBlank() ? null : resolve(initialRequest, initialResponse, location);
    int code = initialResponse.statusCode();
    boolean putOrPatch = poller.isPutOrPatch();
    LroBody settled = code == 200 && putOrPatch ? settledBody(initialResponse) : null;
    LroProgress<T> progress;
    if (settled != null) {
      // A PUT/PATCH answered 200 with a terminal provisioningState is over: its poll headers are not followed.
      progress = new LroProgress<>(poller, ArmLroPoller.Mode.PROVISIONING_STATE, locationUri, initialRequest.uri(),
          LroStatus.IN_PROGRESS, initialRequest, initialResponse);
      progress.setStatus(LroBody.toStatus(settled.provisioningState()), initialRequest, initialResponse, settled);
      progress.lastBody = settled;
    } else if (asyncOperation != null && !asyncOperation.isBlank()) {
      progress = new LroProgress<>(poller, ArmLroPoller.Mode.ASYNC_OPERATION, locationUri,
          resolve(initialRequest, initialResponse, asyncOperation), LroStatus.IN_PROGRESS, initialRequest, initialResponse);
    } else if (locationUri != null && (code == 202 || code == 201)) {
      progress = new LroProgress<>(poller, ArmLroPoller.Mode.LOCATION, locationUri, locationUri, LroStatus.IN_PROGRESS,
          initialRequest, initialResponse);
    } else if (putOrPatch) {
      progress = new LroProgress<>(poller, ArmLroPoller.Mode.PROVISIONING_STATE, locationUri, initialRequest.uri(),
          LroStatus.IN_PROGRESS, initialRequest, initialResponse);
      if (code != 202) {
        progress.provisioningStatus(initialRequest, initialResponse);
      }
    } else {
      // A DELETE or POST that answered without any way to poll has finished.
      progress = new LroProgress<>(poller, ArmLroPoller.Mode.NONE, locationUri, null, LroStatus.SUCCEEDED,
          initialRequest, initialResponse);
    }
    return progress;
  }

  /** The progress a resume token describes (no response yet). */
  static <T> LroProgress<T> resume(ArmLroPoller<T> poller, LroResumeToken token) {
    HttpRequest initial = poller.initialRequest();
    return new LroProgress<>(poller, token.mode(), token.locationUri(), token.pollUri(), token.status(), initial,
        new HttpResponse(0, io.armgen.runtime.http.HttpHeaders.empty(), null));
  }

  synchronized String resumeToken(HttpRequest initialRequest, FinalStateVia finalStateVia) {
    return new LroResumeToken(initialRequest.method(), initialRequest.uri(), mode, pollUri, locationUri, finalStateVia,
        status).encode();
  }

  synchronized LroStatus status() {
    return status;
  }

  synchronized ManagementException failure() {
    return failure;
  }

  /** The URL to poll, or null when the operation has ended. */
  synchronized URI pollUriIfRunning() {
    return status.isTerminal() ? null : pollUri;
  }

  synchronized ArmLroPoller.Mode mode() {
    return mode;
  }

  synchronized URI locationUri() {
    return locationUri;
  }

  synchronized HttpRequest lastRequest() {
    return lastRequest;
  }

  synchronized HttpResponse lastResponse() {
    return lastResponse;
  }

  synchronized LroBody lastBody() {
    return lastBody;
  }

  /** What the last response said. */
  synchronized LroPollResponse<T> latest() {
    T value = null;
    boolean resourceBody = mode == ArmLroPoller.Mode.PROVISIONING_STATE
        || mode == ArmLroPoller.Mode.LOCATION && status.isTerminal();
    if (resourceBody && poller.reader() != null && lastResponse.body().length > 0 && lastResponse.statusCode() / 100 == 2) {
      try {
        value = ArmClientCore.readBody(lastRequest, lastResponse, poller.reader());
      } catch (RuntimeException unreadable) {
        value = null; // an intermediate body that does not fit the model is still shown raw
      }
    }
    return new LroPollResponse<>(status, lastResponse.statusCode(), lastResponse.headers().toMap(),
        lastResponse.bodyAsString(), value);
  }

  /** Takes in a poll's response and returns what it said. */
  synchronized LroPollResponse<T> update(HttpRequest request, HttpResponse response) {
    if (status.isTerminal()) {
      return latest();
    }
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
            pollUri = resolve(request, response, next);
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
    return latest();
  }

  /** Relative poll URLs are resolved against the request URI; only http(s) URLs are followed. */
  private static URI resolve(HttpRequest request, HttpResponse response, String link) {
    URI uri;
    try {
      uri = request.uri().resolve(link.trim());
    } catch (IllegalArgumentException e) {
      throw ArmClientCore.malformed(request, response, "it sent an unusable poll URL", e);
    }
    if (!PageFetcher.isHttp(uri)) {
      throw ArmClientCore.malformed(request, response, "it sent a poll URL that is not http(s)", null);
    }
    return uri;
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
      StringBuilder message = new StringBuilder(ErrorResponses.describe(poller.initialRequest()))
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
}
