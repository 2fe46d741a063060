package io.armgen.runtime.auth;

import java.util.List;

/**
 * What a token is asked for.
 *
 * @param scopes the scopes, such as {@value TokenCredential#ARM_SCOPE}; credentials that ask for a
 *     resource rather than scopes (managed identity, Azure CLI) use the first, minus {@code .default}
 * @param tenantId the tenant to ask in, or null for the credential's own; only
 *     {@link AzureCliCredential} honours it
 */
public record TokenRequest(List<String> scopes, String tenantId) {
  /**
   * Copies the scopes.
   *
   * @param scopes the scopes
   * @param tenantId the tenant, or null for the credential's own
   * @throws NullPointerException if {@code scopes} is null or holds null
   */
  public TokenRequest {
    scopes = List.copyOf(scopes);
  }

  /**
   * A request for these scopes in the credential's own tenant.
   *
   * @param scopes the scopes
   * @return the request
   */
  public static TokenRequest forScopes(String... scopes) {
    return new TokenRequest(List.of(scopes), null);
  }
}
