package io.armgen.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and its expiry. {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  public AccessToken(String token, Instant expiresAt) {
    this.token = Objects.requireNonNull(token, "token");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public String token() {
    return token;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "AccessToken{token=<redacted>, expiresAt=" + expiresAt + "}";
  }
}
