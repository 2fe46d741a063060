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

  /**
   * The standard chain, reading its variables from a map instead of the process environment (the
   * Azure CLI link still runs {@code az} from the PATH).
   *
   * @param env the environment variables to read
   */
  public DefaultAzureCredential(Map<String, String> env) {
    this(List.of(new EnvironmentCredential(env),
        new ManagedIdentityCredential(null, env, ManagedIdentityCredential.IMDS_ENDPOINT, java.time.Duration.ofSeconds(2)),
        new AzureCliCredential()));
  }

  /**
   * A custom chain, tried in order.
   *
   * @param chain the credentials to try; copied
   * @throws IllegalArgumentException if {@code chain} is empty
   */
  public DefaultAzureCredential(List<TokenCredential> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("the credential chain is empty");
    }
    this.chain = List.copyOf(chain);
  }

  /**
   * Asks the credential that worked before or, until one has, each in turn. A link that throws
   * any {@link AuthenticationException} is skipped; once a link has returned a token, its
   * failures are thrown as they are. Safe to call from several threads; two first calls may both
   * walk the chain.
   *
   * @throws CredentialUnavailableException if no link returned a token; the message lists each
   *     link's reason
   */
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
