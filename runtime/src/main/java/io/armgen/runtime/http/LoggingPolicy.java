package io.armgen.runtime.http;

import io.armgen.runtime.internal.KnownSecrets;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;

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
    String requestId = request.header(RequestIdPolicy.HEADER);
    if (logger.isLoggable(Level.DEBUG)) {
      log(Level.DEBUG, "--> " + request + " (x-ms-client-request-id: " + requestId + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      log(Level.TRACE, "request headers " + describe(request.headers()));
    }
    long start = System.nanoTime();
    HttpResponse response;
    try {
      response = next.proceed(request);
    } catch (IOException | RuntimeException e) {
      if (logger.isLoggable(Level.WARNING)) {
        log(Level.WARNING, "<-- " + request + " failed after " + millisSince(start) + " ms: "
            + e.getClass().getSimpleName() + " (x-ms-client-request-id: " + requestId + ")");
      }
      throw e;
    }
    Level level = response.statusCode() >= 400 ? Level.INFO : Level.DEBUG;
    if (logger.isLoggable(level)) {
      log(level, "<-- " + response.statusCode() + " " + request + " (" + millisSince(start)
          + " ms, x-ms-client-request-id: " + requestId + ", x-ms-request-id: "
          + response.header("x-ms-request-id") + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      log(Level.TRACE, "response headers " + describe(response.headers()));
    }
    return response;
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
