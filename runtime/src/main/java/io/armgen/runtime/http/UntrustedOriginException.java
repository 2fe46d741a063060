package io.armgen.runtime.http;

/**
 * A request (usually a poll URL or next link the service sent) would have gone to an origin that
 * may not receive the bearer token; nothing was sent. Allow the origin on the client builder
 * ({@code allowedTokenOrigins}) or follow such links without the token ({@code foreignOrigins}).
 */
public final class UntrustedOriginException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The refused origin. */
  private final String origin;

  /**
   * @param message the request, the origin and how to allow it
   * @param origin the refused origin, {@code scheme://host:port}
   */
  public UntrustedOriginException(String message, String origin) {
    super(message);
    this.origin = origin;
  }

  /**
   * The origin that may not receive the token.
   *
   * @return the origin, lower case with its port, e.g. {@code https://evil.example:443}
   */
  public String origin() {
    return origin;
  }
}
