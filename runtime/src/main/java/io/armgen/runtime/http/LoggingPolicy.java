package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.Redaction;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Logs every attempt through {@link System.Logger}: method, URL (secret query values hidden),
 * status, duration and {@code x-ms-client-request-id}. Successes at DEBUG, error statuses at
 * INFO, I/O failures at WARNING, headers at TRACE with Authorization and every header named like
 * a secret, token, signature or key hidden. Placed after authentication, so it sees (and hides)
 * exactly what is sent.
 */
public final class LoggingPolicy implements HttpPolicy {
  private final System.Logger logger;

  public LoggingPolicy() {
    this(System.getLogger("io.armgen.runtime.http"));
  }

  public LoggingPolicy(System.Logger logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    long start = logRequest(request);
    HttpResponse response;
    try {
      response = next.proceed(request);
    } catch (IOException | RuntimeException e) {
      logFailure(request, start, e);
      throw e;
    }
    logResponse(request, response, start);
    return response;
  }

  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    long start = logRequest(request);
    return next.proceed(request).whenComplete((response, failure) -> {
      if (failure != null) {
        logFailure(request, start, Futures.unwrap(failure));
      } else {
        logResponse(request, response, start);
      }
    });
  }

  private long logRequest(HttpRequest request) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, "--> " + request + " (x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "request headers " + describe(request.headers()));
    }
    return System.nanoTime();
  }

  private void logFailure(HttpRequest request, long start, Throwable e) {
    if (logger.isLoggable(Level.WARNING)) {
      logger.log(Level.WARNING, "<-- " + request + " failed after " + millisSince(start) + " ms: "
          + e.getClass().getSimpleName() + " (x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ")");
    }
  }

  private void logResponse(HttpRequest request, HttpResponse response, long start) {
    Level level = response.statusCode() >= 400 ? Level.INFO : Level.DEBUG;
    if (logger.isLoggable(level)) {
      logger.log(level, "<-- " + response.statusCode() + " " + request + " (" + millisSince(start)
          + " ms, x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ", x-ms-request-id: "
          + response.header("x-ms-request-id") + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "response headers " + describe(response.headers()));
    }
  }

  /** Header names and values, sensitive values replaced. */
  static String describe(HttpHeaders headers) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, List<String>> header : headers.toMap().entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(header.getKey()).append('=');
      out.append(Redaction.isSensitiveName(header.getKey()) ? Redaction.REDACTED : String.join(",", header.getValue()));
    }
    return out.append('}').toString();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
