package io.armgen.runtime.auth;

import java.util.List;

/** What a token is asked for: its scopes (and optionally a tenant). */
public record TokenRequest(List<String> scopes, String tenantId) {
  public TokenRequest {
    scopes = List.copyOf(scopes);
  }

  public static TokenRequest forScopes(String... scopes) {
    return new TokenRequest(List.of(scopes), null);
  }
}
