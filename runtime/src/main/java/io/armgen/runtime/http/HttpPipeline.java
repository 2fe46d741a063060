package io.armgen.runtime.http;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** An ordered list of policies in front of a transport. Immutable and thread-safe. */
public final class HttpPipeline {
  private final List<HttpPolicy> policies;
  private final HttpTransport transport;

  public HttpPipeline(List<HttpPolicy> policies, HttpTransport transport) {
    this.policies = List.copyOf(policies);
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Runs {@code request} through every policy, in order, then the transport. */
  public HttpResponse send(HttpRequest request) throws IOException {
    return proceedFrom(0, request);
  }

  public List<HttpPolicy> policies() {
    return policies;
  }

  private HttpResponse proceedFrom(int index, HttpRequest request) throws IOException {
    if (index == policies.size()) {
      return transport.send(request);
    }
    return policies.get(index).process(request, next -> proceedFrom(index + 1, next));
  }
}
