package io.armgen.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Gives every request an {@code x-ms-client-request-id} (a random UUID) unless it already has one.
 * Placed before the retry policy, so every retry of a request carries the same id.
 */
public final class RequestIdPolicy implements HttpPolicy {
  /** The header's name, lower case. */
  public static final String HEADER = "x-ms-client-request-id";

  /** The policy; it holds no state. */
  public RequestIdPolicy() {}

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    if (request.header(HEADER) == null) {
      request = request.withHeader(HEADER, RequestIds.next());
    }
    return next.proceed(request);
  }

  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    return next.proceed(request.header(HEADER) == null ? request.withHeader(HEADER, RequestIds.next()) : request);
  }
}
