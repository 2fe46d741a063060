package io.armgen.runtime.arm;

/**
 * Optimistic concurrency for resources with an ETag: {@code If-Match} (update only what you read)
 * and {@code If-None-Match} ({@code "*"}: create only if absent). A failed condition raises
 * {@link PreconditionFailedException}. Mutable and not thread-safe: build one per call.
 */
public final class RequestConditions {
  private String ifMatch;
  private String ifNoneMatch;

  /**
   * Conditions that hold only while the resource is unchanged since it was read.
   *
   * @param etag the resource's ETag as read, quotes included; {@code "*"} for "exists"
   * @return new conditions
   */
  public static RequestConditions ifMatch(String etag) {
    return new RequestConditions().setIfMatch(etag);
  }

  /**
   * Conditions that hold only while the resource does not match {@code etag}.
   *
   * @param etag an ETag; {@code "*"} for "does not exist yet" (create, never overwrite)
   * @return new conditions
   */
  public static RequestConditions ifNoneMatch(String etag) {
    return new RequestConditions().setIfNoneMatch(etag);
  }

  /**
   * Sets the {@code If-Match} header.
   *
   * @param etag the ETag, or null to send none
   * @return these conditions
   */
  public RequestConditions setIfMatch(String etag) {
    this.ifMatch = etag;
    return this;
  }

  /**
   * Sets the {@code If-None-Match} header.
   *
   * @param etag the ETag or {@code "*"}, or null to send none
   * @return these conditions
   */
  public RequestConditions setIfNoneMatch(String etag) {
    this.ifNoneMatch = etag;
    return this;
  }

  /**
   * The {@code If-Match} value.
   *
   * @return the ETag, or null when none is sent
   */
  public String getIfMatch() {
    return ifMatch;
  }

  /**
   * The {@code If-None-Match} value.
   *
   * @return the ETag or {@code "*"}, or null when none is sent
   */
  public String getIfNoneMatch() {
    return ifNoneMatch;
  }
}
