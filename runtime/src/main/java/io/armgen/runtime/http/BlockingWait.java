package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * A blocking send as a wait on the non-blocking one: an interrupt of the waiting thread cancels
 * the request's call (its {@link Cancellation}, when it has one), so the exchange does not go on
 * unobserved.
 */
final class BlockingWait {
  private BlockingWait() {}

  static HttpResponse await(HttpRequest request, CompletableFuture<HttpResponse> exchange) throws IOException {
    Cancellation cancellation = request.context().cancellation();
    return Futures.await(exchange, () -> {
      if (cancellation != null) {
        cancellation.cancel();
      }
    });
  }
}
