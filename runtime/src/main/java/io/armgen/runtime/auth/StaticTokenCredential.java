package io.armgen.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/** Always the same token (for tests, or a token obtained elsewhere). Never shows the token. */
public final class StaticTokenCredential implements TokenCredential {
  private final AccessToken token;

  public StaticTokenCredential(AccessToken token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  /** A token treated as never expiring. */
  public StaticTokenCredential(String token) {
    this(new AccessToken(token, Instant.MAX));
  }

  @Override
  public AccessToken getToken(TokenRequest request) {
    return token;
  }

  @Override
  public String toString() {
    return "StaticTokenCredential{token=<redacted>, expiresAt=" + token.expiresAt() + "}";
  }
}
