package io.armgen.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CredentialsTest {
  static final String SECRET = "s3cr3t-CLIENT-value";
  static final String TOKEN = "eyJ0eXAi.TOKEN-VALUE.sig";
  private static final TokenRequest ARM = TokenRequest.forScopes(TokenCredential.ARM_SCOPE);
  private static final String TOKEN_PATH = "/tenant-1/oauth2/v2.0/token";

  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Map<String, String> form(String body) {
    return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  @Test
  void clientSecretPostsTheClientCredentialsGrant() {
    server.on("POST", TOKEN_PATH, Reply.json(200, "{\"token_type\":\"Bearer\",\"access_token\":\"" + TOKEN + "\",\"expires_in\":3599}"));
    ClientSecretCredential credential = new ClientSecretCredential("tenant-1", "client-1", SECRET, server.url() + "/");

    Instant before = Instant.now();
    AccessToken token = credential.getToken(ARM);

    assertEquals(TOKEN, token.token());
    assertTrue(!token.expiresAt().isBefore(before.plusSeconds(3599)));
    Recorded sent = server.requests().get(0);
    assertEquals("application/x-www-form-urlencoded", sent.header("content-type"));
    assertEquals(Map.of("grant_type", "client_credentials", "client_id", "client-1", "client_secret", SECRET,
        "scope", TokenCredential.ARM_SCOPE), form(sent.body()));
    assertFalse(credential.toString().contains(SECRET));
    assertFalse(token.toString().contains(TOKEN));
  }

  @Test
  void clientSecretFailureExplainsWithoutTheSecret() {
    server.on("POST", TOKEN_PATH, Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret "
        + SECRET + " provided.\"}"));
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> new ClientSecretCredential("tenant-1", "client-1", SECRET, server.url()).getToken(ARM));
    assertTrue(e.getMessage().contains("401 invalid_client: AADSTS7000215"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }

  @Test
  void clientSecretRefusesPlainHttpToARemoteAuthorityAndOddTenants() {
    assertThrows(IllegalArgumentException.class, () -> new ClientSecretCredential("t", "c", SECRET, "http://login.example.com"));
    assertThrows(IllegalArgumentException.class, () -> new ClientSecretCredential("../x", "c", SECRET));
  }

  @Test
  void clientSecretTimesOutOnASlowEndpoint() {
    server.on("POST", TOKEN_PATH, Reply.json(200, "{}").delayed(3000));
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> new ClientSecretCredential("tenant-1", "c", SECRET, server.url(), Duration.ofMillis(200)).getToken(ARM));
    assertTrue(e.getMessage().contains("within the timeout"), e.getMessage());
  }

  @Test
  void environmentCredentialReadsTheVariables() {
    server.on("POST", TOKEN_PATH, Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":\"600\"}"));
    EnvironmentCredential credential = new EnvironmentCredential(Map.of("AZURE_TENANT_ID", "tenant-1",
        "AZURE_CLIENT_ID", "client-1", "AZURE_CLIENT_SECRET", SECRET, "AZURE_AUTHORITY_HOST", server.url()));
    assertEquals(TOKEN, credential.getToken(ARM).token());
    assertFalse(credential.toString().contains(SECRET));

    CredentialUnavailableException e = assertThrows(CredentialUnavailableException.class,
        () -> new EnvironmentCredential(Map.of("AZURE_CLIENT_ID", "c")).getToken(ARM));
    assertTrue(e.getMessage().contains("AZURE_TENANT_ID, AZURE_CLIENT_SECRET"), e.getMessage());
  }

  @Test
  void managedIdentityAsksImdsWithTheMetadataHeader() {
    server.on("GET", "/metadata/identity/oauth2/token",
        Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_on\":\"1900000000\",\"resource\":\"https://management.azure.com/\"}"));
    ManagedIdentityCredential credential = new ManagedIdentityCredential("mi-client", Map.of(),
        server.url() + "/metadata/identity/oauth2/token", Duration.ofSeconds(2));

    AccessToken token = credential.getToken(ARM);

    assertEquals(TOKEN, token.token());
    assertEquals(Instant.ofEpochSecond(1_900_000_000L), token.expiresAt());
    Recorded sent = server.requests().get(0);
    assertEquals("true", sent.header("metadata"));
    assertEquals("api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F&client_id=mi-client", sent.query());
  }

  @Test
  void managedIdentityUsesTheAppServiceEndpointWhenSet() {
    server.on("GET", "/msi/token", Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_on\":1900000000}"));
    ManagedIdentityCredential credential = new ManagedIdentityCredential(null,
        Map.of("IDENTITY_ENDPOINT", server.url() + "/msi/token", "IDENTITY_HEADER", "HEADER-SECRET"),
        "http://169.254.169.254/unused", Duration.ofSeconds(2));
    assertEquals(TOKEN, credential.getToken(ARM).token());
    Recorded sent = server.requests().get(0);
    assertEquals("HEADER-SECRET", sent.header("x-identity-header"));
    assertTrue(sent.query().startsWith("api-version=2019-08-01&resource="));
    assertFalse(credential.toString().contains("HEADER-SECRET"));
  }

  @Test
  void managedIdentityIsUnavailableWhenNothingAnswersOrNoIdentityIsAssigned() {
    server.on("GET", "/imds", Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"Identity not found\"}"));
    CredentialUnavailableException none = assertThrows(CredentialUnavailableException.class,
        () -> new ManagedIdentityCredential(null, Map.of(), server.url() + "/imds", Duration.ofSeconds(2)).getToken(ARM));
    assertTrue(none.getMessage().contains("Identity not found"), none.getMessage());
    String closedPort = server.url();
    server.close();
    assertThrows(CredentialUnavailableException.class,
        () -> new ManagedIdentityCredential(null, Map.of(), closedPort + "/imds", Duration.ofSeconds(2)).getToken(ARM));
  }

  @Test
  void defaultCredentialUsesTheFirstLinkThatWorksAndSticksToIt() {
    int[] calls = {0, 0};
    TokenCredential unavailable = request -> {
      calls[0]++;
      throw new CredentialUnavailableException("not here");
    };
    TokenCredential works = request -> {
      calls[1]++;
      return new AccessToken(TOKEN, Instant.MAX);
    };
    DefaultAzureCredential chain = new DefaultAzureCredential(List.of(unavailable, works));
    assertEquals(TOKEN, chain.getToken(ARM).token());
    assertEquals(TOKEN, chain.getToken(ARM).token());
    assertEquals(1, calls[0]);
    assertEquals(2, calls[1]);
  }

  @Test
  void defaultCredentialListsEveryReason() {
    DefaultAzureCredential chain = new DefaultAzureCredential(List.of(
        new EnvironmentCredential(Map.of()),
        new ManagedIdentityCredential(null, Map.of(), server.url() + "/none", Duration.ofSeconds(2)),
        new AzureCliCredential(List.of("/definitely/not/an/az"), Duration.ofSeconds(2))));
    CredentialUnavailableException e = assertThrows(CredentialUnavailableException.class, () -> chain.getToken(ARM));
    assertTrue(e.getMessage().contains("EnvironmentCredential: EnvironmentCredential: not configured"), e.getMessage());
    assertTrue(e.getMessage().contains("ManagedIdentityCredential: ManagedIdentityCredential: no managed identity"), e.getMessage());
    assertTrue(e.getMessage().contains("AzureCliCredential: AzureCliCredential: Azure CLI not found"), e.getMessage());
  }

  @Test
  void staticCredentialHidesItsToken() {
    StaticTokenCredential credential = new StaticTokenCredential(TOKEN);
    assertEquals(TOKEN, credential.getToken(ARM).token());
    assertFalse(credential.toString().contains(TOKEN));
    assertInstanceOf(AccessToken.class, credential.getToken(ARM));
  }
}
