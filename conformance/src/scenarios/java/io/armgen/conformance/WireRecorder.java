package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpPolicy;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pipeline policy that keeps what each request sent, for tests that must assert on the wire: a
 * route that accepts more than one thing, or a server check that cannot fire (Node lower-cases
 * header names, so a route reading {@code req.headers.headerParameter} never sees the header). Add
 * it with the builder's {@code addPolicy}.
 */
final class WireRecorder implements HttpPolicy {
  /** One request as the transport got it; {@code body} is null when there was none or it was streamed. */
  record Sent(String method, String path, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.first(name);
    }

    String contentType() {
      return header("content-type");
    }

    String accept() {
      return header("accept");
    }

    String bodyText() {
      return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }
  }

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    sent.add(new Sent(request.method(), request.uri().getRawPath(), request.headers(), request.body()));
    return next.proceed(request);
  }

  /** Forgets what was sent so far. */
  void clear() {
    sent.clear();
  }

  /** The last request sent. */
  Sent last() {
    return sent.get(sent.size() - 1);
  }

  /** The one request sent since the last {@link #clear()}; fails when there were none or several. */
  Sent only() {
    assertEquals(1, sent.size(), () -> "requests sent: " + sent.size());
    return sent.get(0);
  }
}
