package io.armgen.runtime.auth;

/**
 * A credential cannot work in this environment (variables unset, no managed identity endpoint,
 * Azure CLI missing or logged out). {@link DefaultAzureCredential} moves on to its next link.
 */
public class CredentialUnavailableException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  public CredentialUnavailableException(String message) {
    super(message);
  }

  public CredentialUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
