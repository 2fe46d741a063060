package io.armgen.runtime.auth;

/**
 * A token could not be obtained. Messages name the credential and the reason, never a secret or
 * a token.
 */
public class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
