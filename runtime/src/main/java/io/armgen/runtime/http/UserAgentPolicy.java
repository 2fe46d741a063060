package io.armgen.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sets {@code User-Agent: armgen/<version> (<clientName>) Java/<java version>} unless the request
 * already has one (a header parameter or per-call option named User-Agent wins).
 */
public final class UserAgentPolicy implements HttpPolicy {
  /** This runtime's version, as sent in the User-Agent. */
  public static final String ARMGEN_VERSION = "0.1.0";

  private final String userAgent;

  public UserAgentPolicy(String clientName) {
    this.userAgent = "armgen/" + ARMGEN_VERSION + " (" + clientName + ") Java/" + System.getProperty("java.version");
  }

  public String userAgent() {
    return userAgent;
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    return next.proceed(request.header("User-Agent") != null ? request : request.withHeader("User-Agent", userAgent));
  }

  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    return next.proceed(request.header("User-Agent") != null ? request : request.withHeader("User-Agent", userAgent));
  }
}
