package io.armgen.runtime.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service principal from environment variables: {@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID},
 * {@code AZURE_CLIENT_SECRET} and optionally {@code AZURE_AUTHORITY_HOST}. Unavailable (not
 * failing) when a required variable is unset.
 */
public final class EnvironmentCredential implements TokenCredential {
  private static final String NAME = "EnvironmentCredential";

  private final ClientSecretCredential delegate;
  private final String missing;

  /**
   * Reads the process environment, once, now.
   *
   * @throws IllegalArgumentException if the variables are set but invalid
   */
  public EnvironmentCredential() {
    this(System.getenv());
  }

  /**
   * Reads the variables from a map (so tests need not change the process environment).
   *
   * @param env the environment variables to read
   * @throws IllegalArgumentException if the variables are set but invalid (a malformed tenant, an
   *     authority host on plain http to another machine)
   */
  public EnvironmentCredential(Map<String, String> env) {
    List<String> absent = new ArrayList<>();
    String tenant = value(env, "AZURE_TENANT_ID", absent);
    String client = value(env, "AZURE_CLIENT_ID", absent);
    String secret = value(env, "AZURE_CLIENT_SECRET", absent);
    String authority = env.get("AZURE_AUTHORITY_HOST");
    if (absent.isEmpty()) {
      delegate = new ClientSecretCredential(tenant, client, secret,
          authority == null || authority.isBlank() ? ClientSecretCredential.PUBLIC_AUTHORITY : authority);
      missing = null;
    } else {
      delegate = null;
      missing = String.join(", ", absent);
    }
  }

  /**
   * Asks the {@link ClientSecretCredential} the variables describe.
   *
   * @throws CredentialUnavailableException if a required variable was unset or blank; the message names them
   * @throws AuthenticationException if the token endpoint refuses or cannot be reached
   */
  @Override
  public AccessToken getToken(TokenRequest request) {
    if (delegate == null) {
      throw new CredentialUnavailableException(NAME + ": not configured (unset: " + missing + ")");
    }
    return delegate.getToken(request);
  }

  @Override
  public String toString() {
    return NAME + "{" + (delegate == null ? "unset: " + missing : delegate.toString()) + "}";
  }

  private static String value(Map<String, String> env, String name, List<String> absent) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      absent.add(name);
      return null;
    }
    return value.trim();
  }
}
