package io.armgen.runtime.media;

import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.RequestBody;
import java.io.InputStream;
import java.util.Objects;

/**
 * A binary body ({@code application/octet-stream}, {@code image/png}, a Swagger {@code file} or
 * {@code format: binary}): bytes sent as they are, or a stream read while the request is sent.
 * Responses are read as bytes (held in memory) or handed over as a stream (never held).
 */
public final class BinaryContent implements RequestContent {
  private final RequestBody body;
  private final String contentType;

  private BinaryContent(RequestBody body, String contentType) {
    this.body = body;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /** {@code bytes} sent as {@code contentType}; the array is not copied. */
  public static BinaryContent of(byte[] bytes, String contentType) {
    return new BinaryContent(RequestBody.of(Objects.requireNonNull(bytes, "bytes")), contentType);
  }

  /**
   * {@code stream} read to its end, and closed, while the request is sent (chunked: its length is
   * not known). It can be sent only once, so such a request is not retried.
   */
  public static BinaryContent of(InputStream stream, String contentType) {
    return new BinaryContent(RequestBody.ofSingleUse(Objects.requireNonNull(stream, "stream"), -1), contentType);
  }

  /** Reads a response body as bytes; an empty body is an empty array. */
  public static ResponseContent<byte[]> bytes() {
    return HttpResponse::body;
  }

  /** Hands a response body over as a stream, not read into memory; the caller must close it. */
  public static ResponseContent<InputStream> stream() {
    return new ResponseContent<>() {
      @Override
      public InputStream read(HttpResponse response) {
        return response.bodyStream();
      }

      @Override
      public boolean streamed() {
        return true;
      }
    };
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public RequestBody body() {
    return body;
  }
}
