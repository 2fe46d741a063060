package io.armgen.runtime.http;

import io.armgen.runtime.internal.StreamedExchange;
import io.armgen.runtime.internal.WholeResponseDeadline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The transport over {@code java.net.http.HttpClient}. One instance (and one client, with its
 * connection pool) serves every request of a client core.
 */
public final class JdkHttpTransport implements HttpTransport {
  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;
  private final Duration responseTimeout;

  /**
   * @param client the shared JDK client (its connect timeout applies)
   * @param responseTimeout how long to wait for each response, headers and body; null waits without limit
   */
  public JdkHttpTransport(HttpClient client, Duration responseTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.responseTimeout = responseTimeout;
  }

  /** A client that follows no redirects (ARM does not send any a client should follow blindly). */
  public static HttpClient newClient(Duration connectTimeout) {
    HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return builder.build();
  }

  @Override
  public HttpResponse send(HttpRequest request) throws IOException {
    java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(request.uri());
    builder.method(request.method(), RequestPublishers.of(request.content()));
    for (Map.Entry<String, List<String>> header : request.headers().toMap().entrySet()) {
      if (!RESTRICTED.contains(header.getKey())) {
        for (String value : header.getValue()) {
          builder.header(header.getKey(), value);
        }
      }
    }
    if (responseTimeout != null) {
      builder.timeout(responseTimeout);
    }
    try {
      if (request.streamedResponse()) {
        return StreamedExchange.send(client, builder.build());
      }
      java.net.http.HttpResponse<byte[]> response = WholeResponseDeadline.send(client, builder.build(), responseTimeout);
      return new HttpResponse(response.statusCode(), HttpHeaders.of(response.headers().map()), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for " + request);
      interrupted.initCause(e);
      throw interrupted;
    }
  }
}
