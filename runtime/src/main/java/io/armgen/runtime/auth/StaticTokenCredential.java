package io.armgen.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/** Always the same token (for tests, or a token obtained elsewhere). Never shows the token. */
public final class StaticTokenCredential implements TokenCredential {
  private final AccessToken token;

  /**
   * @param token the token every call returns, expiry included
   * @throws NullPointerException if {@code token} is null
   */
  public StaticTokenCredential(AccessToken token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  /**
   * A token treated as never expiring.
   *
   * @param token the bearer token, without the {@code Bearer } prefix; remembered as a secret
   * @throws NullPointerException if {@code token} is null
   */
  public StaticTokenCredential(String token) {
    this(new AccessToken(token, Instant.MAX));
  }

  /** Returns the token given to the constructor, whatever the request. */
  @Override
  public AccessToken getToken(TokenRequest request) {
    return token;
  }

  @Override
  public String toString() {
    return "StaticTokenCredential{token=<redacted>, expiresAt=" + token.expiresAt() + "}";
  }
}
