package io.armgen.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response: status, case-insensitive headers and the body, read into memory (empty when
 * none; an error body may have been cut at the transport's cap, {@link #bodyTruncated()}) or, when
 * the request asked for it ({@link HttpRequest#withStreamedResponse()}) and the status is 2xx,
 * still on the wire as a {@linkplain #bodyStream() stream}.
 */
public final class HttpResponse {
  private static final byte[] NO_BODY = new byte[0];

  private final int statusCode;
  private final HttpHeaders headers;
  private final byte[] body;
  private final boolean bodyTruncated;
  private final InputStream stream;

  public HttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
    this(statusCode, headers, body, false);
  }

  /** @param bodyTruncated true when {@code body} is only the start of what the server sent */
  public HttpResponse(int statusCode, HttpHeaders headers, byte[] body, boolean bodyTruncated) {
    this(statusCode, headers, body, bodyTruncated, null);
  }

  private HttpResponse(int statusCode, HttpHeaders headers, byte[] body, boolean bodyTruncated, InputStream stream) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = body == null ? NO_BODY : body;
    this.bodyTruncated = bodyTruncated;
    this.stream = stream;
  }

  /** A response whose body is read from {@code stream} by whoever receives it (and closes it). */
  public static HttpResponse streamed(int statusCode, HttpHeaders headers, InputStream stream) {
    return new HttpResponse(statusCode, headers, null, false, Objects.requireNonNull(stream, "stream"));
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

  /** The body bytes; shared, do not modify. Empty for a {@linkplain #streamed() streamed} response. */
  public byte[] body() {
    return body;
  }

  /** True when the body has not been read: see {@link #bodyStream()}. */
  public boolean streamed() {
    return stream != null;
  }

  /**
   * The body as a stream: for a streamed response the connection's stream, read once, which the
   * caller must close; otherwise the bytes read.
   */
  public InputStream bodyStream() {
    return stream != null ? stream : new ByteArrayInputStream(body);
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HttpResponse{" + statusCode + ", " + (stream != null ? "streamed" : body.length + " bytes")
        + (bodyTruncated ? " (truncated)" : "") + "}";
  }
}
