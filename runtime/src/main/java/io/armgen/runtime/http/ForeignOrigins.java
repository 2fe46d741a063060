package io.armgen.runtime.http;

/**
 * What to do with a request to an origin (scheme, host, port) that may not receive the bearer
 * token: a poll URL or next link that points somewhere other than the endpoint and the origins
 * the user allowed.
 */
public enum ForeignOrigins {
  /** Fail with {@link UntrustedOriginException} naming the host; nothing is sent (the default). */
  REFUSE,
  /** Send the request without the {@code Authorization} header. */
  FOLLOW_WITHOUT_TOKEN
}
