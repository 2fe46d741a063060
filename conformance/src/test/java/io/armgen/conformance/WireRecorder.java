package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.runtime.http.HttpPolicy;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pipeline policy that keeps every request as the client sends it, for tests that must assert
 * on the wire rather than on the server's own check (which may not fire: Node lower-cases header
 * names, so a route reading {@code req.headers.headerParameter} never sees the header). Add it with
 * the builder's {@code addPolicy}.
 */
final class WireRecorder implements HttpPolicy {
  private final List<HttpRequest> sent = new CopyOnWriteArrayList<>();

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    sent.add(request);
    return next.proceed(request);
  }

  /** Forgets what was sent so far. */
  void clear() {
    sent.clear();
  }

  /** The one request sent since the last {@link #clear()}; fails when there were none or several. */
  HttpRequest only() {
    assertEquals(1, sent.size(), () -> "requests sent: " + sent);
    return sent.get(0);
  }
}
