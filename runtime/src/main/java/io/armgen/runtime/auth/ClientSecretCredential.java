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
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A service principal's client secret exchanged for tokens with the OAuth2 client-credentials
 * grant at {@code {authorityHost}/{tenantId}/oauth2/v2.0/token}. The authority is the public
 * cloud's unless given (sovereign clouds, a local test server). The secret never appears in
 * {@link #toString()} or in messages.
 */
public final class ClientSecretCredential implements TokenCredential {
  /** The public cloud's Microsoft Entra ID authority. */
  public static final String PUBLIC_AUTHORITY = "https://login.microsoftonline.com";
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9.-]+");
  private static final String NAME = "ClientSecretCredential";

  private final String tenantId;
  private final String clientId;
  private final String clientSecret;
  private final URI tokenUri;
  private final Duration timeout;

  /**
   * A credential for the public cloud, waiting up to 30 seconds for the token endpoint.
   *
   * @param tenantId the directory (tenant) id, a GUID or a domain name such as {@code contoso.onmicrosoft.com}
   * @param clientId the application (client) id of the service principal
   * @param clientSecret the client secret; remembered so that it is redacted from every runtime message
   * @throws IllegalArgumentException if an argument is missing, blank or (the tenant) malformed
   */
  public ClientSecretCredential(String tenantId, String clientId, String clientSecret) {
    this(tenantId, clientId, clientSecret, PUBLIC_AUTHORITY);
  }

  /**
   * A credential for another authority (a sovereign cloud, a local test server), waiting up to 30
   * seconds for the token endpoint.
   *
   * @param tenantId the directory (tenant) id, a GUID or a domain name
   * @param clientId the application (client) id of the service principal
   * @param clientSecret the client secret; redacted from every runtime message
   * @param authorityHost e.g. {@code https://login.microsoftonline.us}; plain http only for localhost
   * @throws IllegalArgumentException if an argument is missing or malformed, or the authority is
   *     plain http to another machine
   */
  public ClientSecretCredential(String tenantId, String clientId, String clientSecret, String authorityHost) {
    this(tenantId, clientId, clientSecret, authorityHost, Duration.ofSeconds(30));
  }

  /**
   * A credential for any authority, with a timeout of its own.
   *
   * @param tenantId the directory (tenant) id, a GUID or a domain name
   * @param clientId the application (client) id of the service principal
   * @param clientSecret the client secret; redacted from every runtime message
   * @param authorityHost e.g. {@code https://login.microsoftonline.us}; plain http only for localhost
   * @param timeout how long to wait for the token endpoint's whole answer
   * @throws IllegalArgumentException if an argument is missing or malformed, or the authority is
   *     plain http to another machine
   * @throws NullPointerException if {@code timeout} is null
   */
  public ClientSecretCredential(String tenantId, String clientId, String clientSecret, String authorityHost,
      Duration timeout) {
    if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
      throw new IllegalArgumentException(NAME + ": tenantId must be a tenant GUID or domain name");
    }
    this.tenantId = tenantId;
    this.clientId = requireText(clientId, "clientId");
    this.clientSecret = requireText(clientSecret, "clientSecret");
    KnownSecrets.remember(clientSecret);
    String authority = requireText(authorityHost, "authorityHost").trim();
    while (authority.endsWith("/")) {
      authority = authority.substring(0, authority.length() - 1);
    }
    this.tokenUri = URI.create(authority + "/" + tenantId + "/oauth2/v2.0/token");
    TokenEndpoint.requireSafeScheme(NAME, tokenUri, false);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Posts the client-credentials grant for the request's scopes, blocking the calling thread up
   * to the timeout. Each call asks the endpoint anew; caching is the caller's job (as
   * {@link io.armgen.runtime.http.BearerTokenPolicy} does). The request's tenant is ignored: the
   * constructor's is used.
   *
   * @throws AuthenticationException if the endpoint cannot be reached, refuses (its OAuth error
   *     and description are in the message, the secret scrubbed) or answers without a token
   */
  @Override
  public AccessToken getToken(TokenRequest request) {
    String form = "grant_type=client_credentials"
        + "&client_id=" + encode(clientId)
        + "&client_secret=" + encode(clientSecret)
        + "&scope=" + encode(String.join(" ", request.scopes()));
    HttpRequest http = HttpRequest.newBuilder(tokenUri)
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    HttpResponse<byte[]> response = TokenEndpoint.send(NAME, http, false);
    if (response.statusCode() != 200) {
      throw new AuthenticationException(NAME + ": token request for client " + clientId + " to " + tokenUri
          + " failed with " + TokenEndpoint.describeFailure(response.statusCode(), response.body(), clientSecret));
    }
    return TokenEndpoint.parseToken(NAME, response.body(), Instant.now());
  }

  @Override
  public String toString() {
    return NAME + "{tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=" + Redaction.REDACTED
        + ", tokenUri=" + tokenUri + "}";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(NAME + ": " + name + " is required");
    }
    return value;
  }
}
