package io.armgen.runtime.http;

import io.armgen.runtime.internal.Redaction;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP request as the pipeline passes it along: method, absolute URI, headers and an optional
 * body ({@link RequestBody}: bytes or a stream). Immutable; policies derive changed copies with
 * the {@code with...} methods.
 *
 * <p>The body array is shared, not copied, so retries resend it for free; do not modify it.
 */
public final class HttpRequest {
  private final String method;
  private final URI uri;
  private final HttpHeaders headers;
  private final RequestBody content;
  private final boolean streamedResponse;
  private final CallContext context;

  public HttpRequest(String method, URI uri, HttpHeaders headers, byte[] body) {
    this(method, uri, headers, body == null ? null : RequestBody.of(body), false, CallContext.NONE);
  }

  private HttpRequest(String method, URI uri, HttpHeaders headers, RequestBody content, boolean streamedResponse,
      CallContext context) {
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = headers == null ? HttpHeaders.empty() : headers;
    this.content = content;
    this.streamedResponse = streamedResponse;
    this.context = Objects.requireNonNull(context, "context");
  }

  /** A request without headers or body. */
  public static HttpRequest of(String method, URI uri) {
    return new HttpRequest(method, uri, HttpHeaders.empty(), null);
  }

  /** A request whose body may be a stream; {@code content} null: no body. */
  public static HttpRequest of(String method, URI uri, HttpHeaders headers, RequestBody content) {
    return new HttpRequest(method, uri, headers, content, false, CallContext.NONE);
  }

  /** Upper-case method name. */
  public String method() {
    return method;
  }

  public URI uri() {
    return uri;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.first(name);
  }

  /** The body bytes; null when there is no body or when it is streamed (see {@link #content()}). */
  public byte[] body() {
    return content == null ? null : content.bytes();
  }

  /** The body, bytes or stream, or null when there is none. */
  public RequestBody content() {
    return content;
  }

  /**
   * True when a successful (2xx) response is to be handed over as a stream rather than read into
   * memory: see {@link HttpResponse#bodyStream()}.
   */
  public boolean streamedResponse() {
    return streamedResponse;
  }

  /** A copy with {@code name} set to {@code value} (null removes it). */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(method, uri, headers.with(name, value), content, streamedResponse, context);
  }

  public HttpRequest withUri(URI newUri) {
    return new HttpRequest(method, newUri, headers, content, streamedResponse, context);
  }

  /** A copy asking the transport for a streamed 2xx response body (the caller closes the stream). */
  public HttpRequest withStreamedResponse() {
    return new HttpRequest(method, uri, headers, content, true, context);
  }

  /** The call's deadline and cancellation ({@link CallContext#NONE} when none). */
  public CallContext context() {
    return context;
  }

  /** A copy bound by {@code newContext}. */
  public HttpRequest withContext(CallContext newContext) {
    return new HttpRequest(method, uri, headers, content, streamedResponse, newContext);
  }

  /** Method and URI with secrets in the query hidden; headers are not shown. */
  @Override
  public String toString() {
    return method + " " + Redaction.redactUri(uri);
  }
}
