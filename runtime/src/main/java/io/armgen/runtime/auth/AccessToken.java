package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;
import java.time.Instant;
import java.util.Objects;

/** A bearer token and its expiry. {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  public AccessToken(String token, Instant expiresAt) {
    this.token = Objects.requireNonNull(token, "token");
    KnownSecrets.remember(token); // so that a server echoing it cannot put it into a message or log line
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
