package io.armgen.runtime.auth;

/** Source of bearer tokens for a set of scopes. Implementations must be thread-safe. */
@FunctionalInterface
public interface TokenCredential {
  /** ARM's scope. */
  String ARM_SCOPE = "https://management.azure.com/.default";

  AccessToken getToken(TokenRequest request);
}
