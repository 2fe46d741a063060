package io.armgen.runtime.arm;

/**
 * Optimistic concurrency for resources with an ETag: {@code If-Match} (update only what you read)
 * and {@code If-None-Match} ({@code "*"}: create only if absent). A failed condition raises
 * {@link PreconditionFailedException}.
 */
public final class RequestConditions {
  private String ifMatch;
  private String ifNoneMatch;

  public static RequestConditions ifMatch(String etag) {
    return new RequestConditions().setIfMatch(etag);
  }

  public static RequestConditions ifNoneMatch(String etag) {
    return new RequestConditions().setIfNoneMatch(etag);
  }

  public RequestConditions setIfMatch(String etag) {
    this.ifMatch = etag;
    return this;
  }

  public RequestConditions setIfNoneMatch(String etag) {
    this.ifNoneMatch = etag;
    return this;
  }

  public String getIfMatch() {
    return ifMatch;
  }

  public String getIfNoneMatch() {
    return ifNoneMatch;
  }
}
