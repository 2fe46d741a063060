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

  /**
   * A request with an in-memory body (or none), outside any call ({@link CallContext#NONE}).
   *
   * @param method the HTTP method, in any case (stored upper-cased)
   * @param uri the absolute URI
   * @param headers the headers; null for none
   * @param body the body, shared and not copied; null for none
   * @throws NullPointerException if {@code method} or {@code uri} is null
   */
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

  /**
   * A request without headers or body.
   *
   * @param method the HTTP method, in any case
   * @param uri the absolute URI
   * @return the request
   */
  public static HttpRequest of(String method, URI uri) {
    return new HttpRequest(method, uri, HttpHeaders.empty(), null);
  }

  /**
   * A request whose body may be a stream.
   *
   * @param method the HTTP method, in any case
   * @param uri the absolute URI
   * @param headers the headers; null for none
   * @param content the body; null for none
   * @return the request
   */
  public static HttpRequest of(String method, URI uri, HttpHeaders headers, RequestBody content) {
    return new HttpRequest(method, uri, headers, content, false, CallContext.NONE);
  }

  /**
   * The HTTP method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Where the request goes.
   *
   * @return the absolute URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The request's headers.
   *
   * @return the headers; empty when none
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
   * @return the bytes, shared (do not modify); null when there is no body or when it is streamed
   *     (see {@link #content()})
   */
  public byte[] body() {
    return content == null ? null : content.bytes();
  }

  /**
   * The body, bytes or stream.
   *
   * @return the body, or null when there is none
   */
  public RequestBody content() {
    return content;
  }

  /**
   * True when a successful (2xx) response is to be handed over as a stream rather than read into
   * memory: see {@link HttpResponse#bodyStream()}.
   *
   * @return true when the response body is to be streamed
   */
  public boolean streamedResponse() {
    return streamedResponse;
  }

  /**
   * A copy with a header set to one value.
   *
   * @param name the name, in any case
   * @param value the value, replacing every earlier one; null removes the header
   * @return the copy
   */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(method, uri, headers.with(name, value), content, streamedResponse, context);
  }

  /**
   * A copy sent to another URI; headers, body and context are kept.
   *
   * @param newUri the absolute URI
   * @return the copy
   * @throws NullPointerException if {@code newUri} is null
   */
  public HttpRequest withUri(URI newUri) {
    return new HttpRequest(method, newUri, headers, content, streamedResponse, context);
  }

  /**
   * A copy asking the transport for a streamed 2xx response body (the caller closes the stream).
   *
   * @return the copy
   */
  public HttpRequest withStreamedResponse() {
    return new HttpRequest(method, uri, headers, content, true, context);
  }

  /**
   * The call's deadline and cancellation.
   *
   * @return the context; {@link CallContext#NONE} outside a call
   */
  public CallContext context() {
    return context;
  }

  /**
   * A copy bound by another call's deadline and cancellation.
   *
   * @param newContext the context
   * @return the copy
   * @throws NullPointerException if {@code newContext} is null
   */
  public HttpRequest withContext(CallContext newContext) {
    return new HttpRequest(method, uri, headers, content, streamedResponse, newContext);
  }

  /** Method and URI with secrets in the query hidden; headers are not shown. */
  @Override
  public String toString() {
    return method + " " + Redaction.redactUri(uri);
  }
}
