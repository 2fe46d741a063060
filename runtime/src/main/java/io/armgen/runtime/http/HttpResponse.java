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

  /**
   * A response whose whole body is in memory.
   *
   * @param statusCode the HTTP status
   * @param headers the headers
   * @param body the body, shared and not copied; null for none
   * @throws NullPointerException if {@code headers} is null
   */
  public HttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
    this(statusCode, headers, body, false);
  }

  /**
   * A response whose body is in memory, maybe cut.
   *
   * @param statusCode the HTTP status
   * @param headers the headers
   * @param body the body, shared and not copied; null for none
   * @param bodyTruncated true when {@code body} is only the start of what the server sent
   * @throws NullPointerException if {@code headers} is null
   */
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

  /**
   * A response whose body is read from {@code stream} by whoever receives it (and closes it).
   *
   * @param statusCode the HTTP status
   * @param headers the headers
   * @param stream the body, still on the wire
   * @return the response
   * @throws NullPointerException if {@code headers} or {@code stream} is null
   */
  public static HttpResponse streamed(int statusCode, HttpHeaders headers, InputStream stream) {
    return new HttpResponse(statusCode, headers, null, false, Objects.requireNonNull(stream, "stream"));
  }

  /**
   * Whether the body was cut at the transport's error-body cap and the rest discarded.
   *
   * @return true when {@link #body()} is only the start of the body
   */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  /**
   * The HTTP status.
   *
   * @return the status, such as 200
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response's headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the name, in any case
   * @return the value, or null when absent
   */
  public String header(String name) {
    return headers.first(name);
  }

  /**
   * The body bytes.
   *
   * @return the bytes, shared (do not modify); empty when there was none and for a
   *     {@linkplain #streamed() streamed} response
   */
  public byte[] body() {
    return body;
  }

  /**
   * Whether the body is still on the wire: see {@link #bodyStream()}.
   *
   * @return true for a streamed response
   */
  public boolean streamed() {
    return stream != null;
  }

  /**
   * The body as a stream: for a streamed response the connection's stream, read once, which the
   * caller must close; otherwise the bytes read.
   *
   * @return the stream; for a streamed response the same one on every call
   */
  public InputStream bodyStream() {
    return stream != null ? stream : new ByteArrayInputStream(body);
  }

  /**
   * The in-memory body decoded as UTF-8, whatever the {@code Content-Type} says.
   *
   * @return the text; empty for a streamed response
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HttpResponse{" + statusCode + ", " + (stream != null ? "streamed" : body.length + " bytes")
        + (bodyTruncated ? " (truncated)" : "") + "}";
  }
}
