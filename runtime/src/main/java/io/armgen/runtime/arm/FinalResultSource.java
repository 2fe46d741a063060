package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.net.URI;

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

  FinalResultSource(ArmLroPoller<T> poller) {
    this.poller = poller;
  }

  T read() {
    if (poller.reader() == null) {
      return null;
    }
    return switch (poller.finalStateVia()) {
      case ORIGINAL_URI -> get(poller.initialRequest().uri());
      case LOCATION -> fromLocation();
      case AZURE_ASYNC_OPERATION -> poller.isPutOrPatch() ? get(poller.initialRequest().uri()) : lastBodyIfAny();
      case DEFAULT -> byMethod();
    };
  }

  private T byMethod() {
    if (poller.isPutOrPatch()) {
      boolean haveResource = (poller.mode() == ArmLroPoller.Mode.PROVISIONING_STATE
          || poller.mode() == ArmLroPoller.Mode.LOCATION) && poller.lastResponse().body().length > 0;
      return haveResource ? readLast() : get(poller.initialRequest().uri());
    }
    if (poller.initialRequest().method().equals("DELETE")) {
      // a delete whose spec declares a body: the resource as the final Location poll returned it
      return poller.mode() == ArmLroPoller.Mode.LOCATION ? lastBodyIfAny() : null;
    }
    if (poller.locationUri() != null) {
      return fromLocation();
    }
    return poller.mode() == ArmLroPoller.Mode.ASYNC_OPERATION ? fromAsyncBody() : readLast();
  }

  private T fromLocation() {
    if (poller.mode() == ArmLroPoller.Mode.LOCATION && poller.lastResponse().body().length > 0) {
      return readLast();
    }
    if (poller.locationUri() != null) {
      return get(poller.locationUri());
    }
    return byMethodWithoutLocation();
  }

  private T byMethodWithoutLocation() {
    if (poller.isPutOrPatch()) {
      return poller.mode() == ArmLroPoller.Mode.PROVISIONING_STATE ? readLast() : get(poller.initialRequest().uri());
    }
    return poller.mode() == ArmLroPoller.Mode.ASYNC_OPERATION ? fromAsyncBody() : readLast();
  }

  private T lastBodyIfAny() {
    return poller.lastResponse().body().length > 0 ? readLast() : null;
  }

  private T fromAsyncBody() {
    return poller.lastBody().hasResultFields() ? readLast() : null;
  }

  private T readLast() {
    return ArmClientCore.readBody(poller.lastRequest(), poller.lastResponse(), poller.reader());
  }

  private T get(URI uri) {
    HttpRequest request = RequestTranslator.get(uri);
    HttpResponse response = poller.core().execute(request);
    ArmClientCore.requireStatus(request, response, new int[0]);
    return ArmClientCore.readBody(request, response, poller.reader());
  }
}
