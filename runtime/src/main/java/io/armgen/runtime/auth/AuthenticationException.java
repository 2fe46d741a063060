package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;

/**
 * A token could not be obtained. Messages name the credential and the reason, never a secret or
 * a token.
 */
public class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed; any known secret in it is replaced by a redaction marker
   */
  public AuthenticationException(String message) {
    super(KnownSecrets.scrub(message));
  }

  /**
   * @param message what failed; any known secret in it is replaced by a redaction marker
   * @param cause the underlying failure, kept as is
   */
  public AuthenticationException(String message, Throwable cause) {
    super(KnownSecrets.scrub(message), cause);
  }
}
