package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Where a finished long-running operation's result is read, by {@link FinalStateVia}:
 * <ul>
 *   <li>ORIGINAL_URI: a GET of the original URI.
 *   <li>LOCATION: the body of the Location poll that ended the operation, else a GET of the
 *       Location URL (falling back to DEFAULT when none was sent).
 *   <li>AZURE_ASYNC_OPERATION: PUT/PATCH: a GET of the original URI; other methods: the final
 *       Azure-AsyncOperation body (null when empty).
 *   <li>DEFAULT: PUT/PATCH: the original URI (its last provisioningState or Location poll, when that
 *       was the mode and had a body); DELETE: the last Location poll's body when there was one, else
 *       none; POST: the Location result when a Location was sent, else the async-operation body when it
 *       carries more than the status fields, or the initial body.
 * </ul>
 * Without a reader nothing is fetched.
 */
final class FinalResultSource<T> {
  private final ArmLroPoller<T> poller;
  private final LroProgress<T> progress;

  FinalResultSource(ArmLroPoller<T> poller) {
    this.poller = poller;
    this.progress = poller.progress();
  }

  CompletableFuture<T> read() {
    if (poller.reader() == null) {
      return CompletableFuture.completedFuture(null);
    }
    try {
      return switch (poller.finalStateVia()) {
        case ORIGINAL_URI -> get(poller.initialRequest().uri());
        case LOCATION -> fromLocation();
        case AZURE_ASYNC_OPERATION -> poller.isPutOrPatch() ? get(poller.initialRequest().uri()) : lastBodyIfAny();
        case DEFAULT -> byMethod();
      };
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<T> byMethod() {
    if (poller.isPutOrPatch()) {
      boolean haveResource = (progress.mode() == ArmLroPoller.Mode.PROVISIONING_STATE
          || progress.mode() == ArmLroPoller.Mode.LOCATION) && progress.lastResponse().body().length > 0;
      return haveResource ? readLast() : get(poller.initialRequest().uri());
    }
    if (poller.initialRequest().method().equals("DELETE")) {
      // a delete whose spec declares a body: the resource as the final Location poll returned it
      return progress.mode() == ArmLroPoller.Mode.LOCATION ? lastBodyIfAny() : CompletableFuture.completedFuture(null);
    }
    if (progress.locationUri() != null) {
      return fromLocation();
    }
    return progress.mode() == ArmLroPoller.Mode.ASYNC_OPERATION ? fromAsyncBody() : readLast();
  }

  private CompletableFuture<T> fromLocation() {
    if (progress.mode() == ArmLroPoller.Mode.LOCATION && progress.lastResponse().body().length > 0) {
      return readLast();
    }
    if (progress.locationUri() != null) {
      return get(progress.locationUri());
    }
    return byMethodWithoutLocation();
  }

  private CompletableFuture<T> byMethodWithoutLocation() {
    if (poller.isPutOrPatch()) {
      return progress.mode() == ArmLroPoller.Mode.PROVISIONING_STATE ? readLast() : get(poller.initialRequest().uri());
    }
    return progress.mode() == ArmLroPoller.Mode.ASYNC_OPERATION ? fromAsyncBody() : readLast();
  }

  private CompletableFuture<T> lastBodyIfAny() {
    return progress.lastResponse().body().length > 0 ? readLast() : CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<T> fromAsyncBody() {
    return progress.lastBody().hasResultFields() ? readLast() : CompletableFuture.completedFuture(null);
  }

  private CompletableFuture<T> readLast() {
    return CompletableFuture.completedFuture(
        ArmClientCore.readBody(progress.lastRequest(), progress.lastResponse(), poller.reader()));
  }

  private CompletableFuture<T> get(URI uri) {
    HttpRequest request = poller.get(uri);
    return poller.core().executeAsync(request).thenApply(response -> {
      ArmClientCore.requireStatus(request, response, new int[0]);
      return ArmClientCore.readBody(request, response, poller.reader());
    });
  }
}
