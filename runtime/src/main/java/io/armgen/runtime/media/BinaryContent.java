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

  /**
   * {@code bytes} sent as {@code contentType}; the array is not copied, so do not change it until
   * the call has ended. Such a body can be sent again, so the request may be retried.
   *
   * @param bytes the body
   * @param contentType the {@code Content-Type}, such as {@code application/octet-stream}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static BinaryContent of(byte[] bytes, String contentType) {
    return new BinaryContent(RequestBody.of(Objects.requireNonNull(bytes, "bytes")), contentType);
  }

  /**
   * {@code stream} read to its end, and closed, while the request is sent (chunked: its length is
   * not known). It can be sent only once, so such a request is not retried.
   *
   * @param stream the body, read from where it stands
   * @param contentType the {@code Content-Type}, such as {@code application/octet-stream}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static BinaryContent of(InputStream stream, String contentType) {
    return new BinaryContent(RequestBody.ofSingleUse(Objects.requireNonNull(stream, "stream"), -1), contentType);
  }

  /**
   * Reads a response body as bytes, held in memory (within the client's response size limit).
   *
   * @return the reader; an empty body reads as an empty array
   */
  public static ResponseContent<byte[]> bytes() {
    return HttpResponse::body;
  }

  /**
   * Hands a response body over as a stream, not read into memory and not limited in size. The
   * caller must close it, which releases the connection.
   *
   * @return the reader
   */
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
