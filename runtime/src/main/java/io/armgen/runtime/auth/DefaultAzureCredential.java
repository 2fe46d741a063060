package io.armgen.runtime.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tries, in order, {@link EnvironmentCredential}, {@link ManagedIdentityCredential} and
 * {@link AzureCliCredential}; the first that returns a token is used from then on. When none
 * works the exception lists each one's reason (never a secret).
 */
public final class DefaultAzureCredential implements TokenCredential {
  private final List<TokenCredential> chain;
  private volatile TokenCredential chosen;

  /** The standard chain over the process environment. */
  public DefaultAzureCredential() {
    this(System.getenv());
  }

  /** The standard chain over {@code env}. */
  public DefaultAzureCredential(Map<String, String> env) {
    this(List.of(new EnvironmentCredential(env),
        new ManagedIdentityCredential(null, env, ManagedIdentityCredential.IMDS_ENDPOINT, java.time.Duration.ofSeconds(2)),
        new AzureCliCredential()));
  }

  /** A custom chain, tried in order. */
  public DefaultAzureCredential(List<TokenCredential> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("the credential chain is empty");
    }
    this.chain = List.copyOf(chain);
  }

  @Override
  public AccessToken getToken(TokenRequest request) {
    TokenCredential known = chosen;
    if (known != null) {
      return known.getToken(request);
    }
    List<String> reasons = new ArrayList<>();
    for (TokenCredential link : chain) {
      try {
        AccessToken token = link.getToken(request);
        chosen = link;
        return token;
      } catch (AuthenticationException e) {
        reasons.add(link.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    throw new CredentialUnavailableException("DefaultAzureCredential: no credential in the chain worked:\n - "
        + String.join("\n - ", reasons));
  }

  @Override
  public String toString() {
    return "DefaultAzureCredential" + chain;
  }
}
