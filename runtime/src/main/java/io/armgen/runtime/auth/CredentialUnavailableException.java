package io.armgen.runtime.auth;

/**
 * A credential cannot work in this environment (variables unset, no managed identity endpoint,
 * Azure CLI missing or logged out). {@link DefaultAzureCredential} moves on to its next link.
 */
public class CredentialUnavailableException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why the credential cannot work here; known secrets are redacted
   */
  public CredentialUnavailableException(String message) {
    super(message);
  }

  /**
   * @param message why the credential cannot work here; known secrets are redacted
   * @param cause the underlying failure
   */
  public CredentialUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
