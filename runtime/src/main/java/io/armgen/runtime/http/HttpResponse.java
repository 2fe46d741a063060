package io.armgen.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A read HTTP response: status, case-insensitive headers and body bytes (empty when none). An
 * error body may have been cut at the transport's cap ({@link #bodyTruncated()}).
 */
public final class HttpResponse {
  private static final byte[] NO_BODY = new byte[0];

  private final int statusCode;
  private final HttpHeaders headers;
  private final byte[] body;
  private final boolean bodyTruncated;

  public HttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
    this(statusCode, headers, body, false);
  }

  /** @param bodyTruncated true when {@code body} is only the start of what the server sent */
  public HttpResponse(int statusCode, HttpHeaders headers, byte[] body, boolean bodyTruncated) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? NO_BODY : body;
    this.bodyTruncated = bodyTruncated;
  }

  /** True when the body was cut at the transport's error-body cap and the rest discarded. */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.first(name);
  }

  /** The body bytes; shared, do not modify. */
  public byte[] body() {
    return body;
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HttpResponse{" + statusCode + ", " + body.length + " bytes" + (bodyTruncated ? " (truncated)" : "") + "}";
  }
}
