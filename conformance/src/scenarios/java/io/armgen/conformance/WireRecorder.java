package io.armgen.conformance;

import io.armgen.runtime.http.HttpPolicy;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pipeline policy that keeps what each request sent: for scenarios whose route accepts more
 * than one thing, so a test can also assert what went over the wire.
 */
final class WireRecorder implements HttpPolicy {
  /** One request as the transport got it; {@code body} is null when there was none or it was streamed. */
  record Sent(String method, String path, String contentType, String accept, byte[] body) {
    String bodyText() {
      return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }
  }

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    sent.add(new Sent(request.method(), request.uri().getRawPath(), request.header("content-type"),
        request.header("accept"), request.body()));
    return next.proceed(request);
  }

  /** The last request sent. */
  Sent last() {
    return sent.get(sent.size() - 1);
  }
}
