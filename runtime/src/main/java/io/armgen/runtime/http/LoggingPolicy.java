package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import io.armgen.runtime.internal.KnownSecrets;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Logs every attempt through {@link System.Logger}: method, URL (secret query values hidden),
 * status, duration and {@code x-ms-client-request-id}, all at one level (DEBUG unless chosen
 * otherwise), and headers at TRACE with values shown only from an allow-list
 * ({@link LoggedHeaders}); every line is scrubbed of the secrets the runtime holds, whatever a
 * server echoed. Off on a default logging set-up: an error status or a failure
 * reaches the caller as an exception, so printing it too would only add noise (a caught 404 is
 * often expected). Placed after authentication, so it sees (and hides) exactly what is sent.
 */
public final class LoggingPolicy implements HttpPolicy {
  private final System.Logger logger;
  private final Level level;

  /** Logs at DEBUG to the {@code io.armgen.runtime.http} logger. */
  public LoggingPolicy() {
    this(System.getLogger("io.armgen.runtime.http"));
  }

  /**
   * Logs the request and response lines at DEBUG.
   *
   * @param logger where the lines go
   */
  public LoggingPolicy(System.Logger logger) {
    this(logger, Level.DEBUG);
  }

  /**
   * Logs the request and response lines at a level of your choice.
   *
   * @param logger where the lines go
   * @param level the level of the request and response lines (headers stay at TRACE)
   */
  public LoggingPolicy(System.Logger logger, Level level) {
    this.logger = Objects.requireNonNull(logger, "logger");
    this.level = Objects.requireNonNull(level, "level");
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
    if (logger.isLoggable(level)) {
      log(level, "--> " + request + " (x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      log(Level.TRACE, "request headers " + describe(request.headers()));
    }
    return System.nanoTime();
  }

  private void logFailure(HttpRequest request, long start, Throwable e) {
    if (logger.isLoggable(level)) {
      log(level, "<-- " + request + " failed after " + millisSince(start) + " ms: "
          + e.getClass().getSimpleName() + " (x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ")");
    }
  }

  private void logResponse(HttpRequest request, HttpResponse response, long start) {
    if (logger.isLoggable(level)) {
      log(level, "<-- " + response.statusCode() + " " + request + " (" + millisSince(start)
          + " ms, x-ms-client-request-id: " + request.header(RequestIdPolicy.HEADER) + ", x-ms-request-id: "
          + response.header("x-ms-request-id") + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      log(Level.TRACE, "response headers " + describe(response.headers()));
    }
  }

  /** Header names and values, values shown only from an allow-list ({@link LoggedHeaders}). */
  static String describe(HttpHeaders headers) {
    return LoggedHeaders.describe(headers);
  }

  /** Every line is scrubbed of known secrets: a server may echo a token in any header it sends. */
  private void log(Level level, String line) {
    logger.log(level, KnownSecrets.scrub(line));
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
