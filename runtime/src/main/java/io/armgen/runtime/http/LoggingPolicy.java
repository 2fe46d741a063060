package io.armgen.runtime.http;

import io.armgen.runtime.internal.Redaction;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
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
      logger.log(Level.DEBUG, "--> " + request + " (x-ms-client-request-id: " + requestId + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "request headers " + describe(request.headers()));
    }
    long start = System.nanoTime();
    HttpResponse response;
    try {
      response = next.proceed(request);
    } catch (IOException | RuntimeException e) {
      if (logger.isLoggable(Level.WARNING)) {
        logger.log(Level.WARNING, "<-- " + request + " failed after " + millisSince(start) + " ms: "
            + e.getClass().getSimpleName() + " (x-ms-client-request-id: " + requestId + ")");
      }
      throw e;
    }
    Level level = response.statusCode() >= 400 ? Level.INFO : Level.DEBUG;
    if (logger.isLoggable(level)) {
      logger.log(level, "<-- " + response.statusCode() + " " + request + " (" + millisSince(start)
          + " ms, x-ms-client-request-id: " + requestId + ", x-ms-request-id: "
          + response.header("x-ms-request-id") + ")");
    }
    if (logger.isLoggable(Level.TRACE)) {
      logger.log(Level.TRACE, "response headers " + describe(response.headers()));
    }
    return response;
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
