package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;
import java.time.Instant;
import java.util.Objects;

/** A bearer token and its expiry. {@link #toString()} never shows the token. */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  /**
   * Remembers {@code token} as a secret, so that any runtime message or log line quoting it (a
   * server echoing it back, say) shows it redacted.
   *
   * @param token the bearer token, without the {@code Bearer } prefix
   * @param expiresAt when the token stops being accepted; {@link Instant#MAX} for never
   * @throws NullPointerException if either argument is null
   */
  public AccessToken(String token, Instant expiresAt) {
    this.token = Objects.requireNonNull(token, "token");
    KnownSecrets.remember(token); // so that a server echoing it cannot put it into a message or log line
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The token itself. Treat it as a secret: do not log it.
   *
   * @return the bearer token, without the {@code Bearer } prefix
   */
  public String token() {
    return token;
  }

  /**
   * When the token stops being accepted. {@link io.armgen.runtime.http.BearerTokenPolicy} asks for a
   * new one {@link io.armgen.runtime.http.BearerTokenPolicy#REFRESH_MARGIN} before this instant.
   *
   * @return the expiry instant; {@link Instant#MAX} for a token that never expires
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "AccessToken{token=<redacted>, expiresAt=" + expiresAt + "}";
  }
}
