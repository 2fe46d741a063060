package io.armgen.runtime.auth;

import io.armgen.runtime.internal.KnownSecrets;
import io.armgen.runtime.internal.Redaction;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The managed identity of the Azure host this runs on. On App Service and Functions
 * ({@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER} set) it asks that endpoint; elsewhere it
 * asks the instance metadata service (IMDS) at {@value #IMDS_ENDPOINT}. Unavailable when no
 * endpoint answers or no identity is assigned.
 */
public final class ManagedIdentityCredential implements TokenCredential {
  /** The instance metadata service's token URL, reachable from inside Azure virtual machines only. */
  public static final String IMDS_ENDPOINT = "http://169.254.169.254/metadata/identity/oauth2/token";
  private static final String NAME = "ManagedIdentityCredential";

  private final String clientId;
  private final URI endpoint;
  private final String identityHeader;
  private final Duration timeout;

  /**
   * The system-assigned identity; the App Service endpoint comes from the process environment,
   * else IMDS is asked, waiting up to 10 seconds.
   */
  public ManagedIdentityCredential() {
    this(null, System.getenv(), IMDS_ENDPOINT, Duration.ofSeconds(10));
  }

  /**
   * A chosen identity, environment and IMDS address.
   *
   * @param clientId a user-assigned identity's client id, or null for the system-assigned one
   * @param env where {@code IDENTITY_ENDPOINT} / {@code IDENTITY_HEADER} are looked up
   * @param imdsEndpoint the IMDS token URL (tests point it at a local server)
   * @param timeout how long to wait for an answer
   * @throws IllegalArgumentException if the endpoint in use is plain http to a host other than this
   *     machine (or, for IMDS, a link-local {@code 169.254.*} address)
   * @throws NullPointerException if {@code timeout} is null, or {@code imdsEndpoint} is null when IMDS is used
   */
  public ManagedIdentityCredential(String clientId, Map<String, String> env, String imdsEndpoint, Duration timeout) {
    this.clientId = clientId;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    String appServiceEndpoint = env.get("IDENTITY_ENDPOINT");
    String header = env.get("IDENTITY_HEADER");
    if (appServiceEndpoint != null && !appServiceEndpoint.isBlank() && header != null && !header.isBlank()) {
      this.endpoint = URI.create(appServiceEndpoint.trim());
      this.identityHeader = header.trim();
      KnownSecrets.remember(identityHeader);
      TokenEndpoint.requireSafeScheme(NAME, endpoint, false);
    } else {
      this.endpoint = URI.create(Objects.requireNonNull(imdsEndpoint, "imdsEndpoint"));
      this.identityHeader = null;
      TokenEndpoint.requireSafeScheme(NAME, endpoint, true);
    }
  }

  /**
   * Asks the endpoint for a token for the resource of the request's first scope, blocking the
   * calling thread up to the timeout. Each call asks anew; the request's tenant is ignored.
   *
   * @throws CredentialUnavailableException if nothing answers in time, or the endpoint answers 400
   *     or 404 (no identity assigned, or not the one asked for)
   * @throws AuthenticationException if the endpoint fails otherwise or answers without a token
   */
  @Override
  public AccessToken getToken(TokenRequest request) {
    boolean appService = identityHeader != null;
    String query = "api-version=" + (appService ? "2019-08-01" : "2018-02-01")
        + "&resource=" + encode(TokenEndpoint.resourceOf(request))
        + (clientId == null ? "" : "&client_id=" + encode(clientId));
    URI uri = URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    HttpRequest.Builder http = HttpRequest.newBuilder(uri).timeout(timeout).GET().header("Accept", "application/json");
    if (appService) {
      http.header("X-IDENTITY-HEADER", identityHeader);
    } else {
      http.header("Metadata", "true");
    }
    HttpResponse<byte[]> response = TokenEndpoint.send(NAME, http.build(), true);
    int status = response.statusCode();
    if (status == 200) {
      return TokenEndpoint.parseToken(NAME, response.body(), Instant.now());
    }
    String why = TokenEndpoint.describeFailure(status, response.body(), identityHeader);
    if (status == 400 || status == 404) {
      // IMDS answers 400 when the VM has no identity (or not the one asked for).
      throw new CredentialUnavailableException(NAME + ": no managed identity available (" + why + ")");
    }
    throw new AuthenticationException(NAME + ": token request to " + Redaction.redactUri(endpoint) + " failed with " + why);
  }

  @Override
  public String toString() {
    return NAME + "{endpoint=" + endpoint + ", clientId=" + clientId
        + (identityHeader == null ? "" : ", identityHeader=<redacted>") + "}";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
