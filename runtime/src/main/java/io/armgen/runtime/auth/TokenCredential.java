package io.armgen.runtime.auth;

/** Source of bearer tokens for a set of scopes. Implementations must be thread-safe. */
@FunctionalInterface
public interface TokenCredential {
  /** The scope of Azure Resource Manager in the public cloud; sovereign clouds have their own. */
  String ARM_SCOPE = "https://management.azure.com/.default";

  /**
   * Obtains a token. May block (an HTTP call, a process); the runtime calls it off the caller's
   * thread and caches the result until shortly before it expires, so implementations need not
   * cache.
   *
   * @param request the scopes (and optionally tenant) the token is for
   * @return a token; never null
   * @throws CredentialUnavailableException if this credential cannot work in this environment
   * @throws AuthenticationException if a token could not be obtained for another reason
   */
  AccessToken getToken(TokenRequest request);
}
