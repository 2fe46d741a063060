package io.armgen.runtime.http;

import io.armgen.runtime.internal.Redaction;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP request as the pipeline passes it along: method, absolute URI, headers and an optional
 * body. Immutable; policies derive changed copies with the {@code with...} methods.
 *
 * <p>The body array is shared, not copied, so retries resend it for free; do not modify it.
 */
public final class HttpRequest {
  private final String method;
  private final URI uri;
  private final HttpHeaders headers;
  private final byte[] body;
  private final CallContext context;

  public HttpRequest(String method, URI uri, HttpHeaders headers, byte[] body) {
    this(method, uri, headers, body, CallContext.NONE);
  }

  private HttpRequest(String method, URI uri, HttpHeaders headers, byte[] body, CallContext context) {
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = headers == null ? HttpHeaders.empty() : headers;
    this.body = body;
    this.context = Objects.requireNonNull(context, "context");
  }

  /** A request without headers or body. */
  public static HttpRequest of(String method, URI uri) {
    return new HttpRequest(method, uri, HttpHeaders.empty(), null);
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

  /** The body, or null when there is none. */
  public byte[] body() {
    return body;
  }

  /** A copy with {@code name} set to {@code value} (null removes it). */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(method, uri, headers.with(name, value), body, context);
  }

  public HttpRequest withUri(URI newUri) {
    return new HttpRequest(method, newUri, headers, body, context);
  }

  /** The call's deadline and cancellation ({@link CallContext#NONE} when none). */
  public CallContext context() {
    return context;
  }

  /** A copy bound by {@code newContext}. */
  public HttpRequest withContext(CallContext newContext) {
    return new HttpRequest(method, uri, headers, body, newContext);
  }

  /** Method and URI with secrets in the query hidden; headers are not shown. */
  @Override
  public String toString() {
    return method + " " + Redaction.redactUri(uri);
  }
}
