package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** Sends a request over the network and reads the response. The last step of a pipeline. */
@FunctionalInterface
public interface HttpTransport {
  /**
   * Sends the request and waits for the response.
   *
   * @param request the request, after every policy
   * @return the response, whatever its status
   * @throws java.net.http.HttpTimeoutException when the response did not arrive in time
   * @throws IOException when the connection failed or broke
   */
  HttpResponse send(HttpRequest request) throws IOException;

  /**
   * Sends without blocking; the future fails with the exceptions {@link #send} throws. The
   * default runs {@link #send} on the calling thread (fine for stubs, not for a network).
   *
   * @param request the request, after every policy
   * @return completes with the response, whatever its status
   */
  default CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    return Futures.now(() -> send(request));
  }
}
