package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.AzureCliCredential;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.auth.ManagedIdentityCredential;
import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpPipeline;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.LoggingPolicy;
import io.armgen.runtime.testing.CapturingLoggerFinder.CapturingLogger;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 section 5: no secret in any message or log line, whatever a server echoes. Each test is
 * one measured leak: a server (or the Azure CLI) sends back the token or the client secret, raw,
 * JSON-escaped or URL-encoded, and the runtime must not pass it on.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EchoedSecretsTest {
  /** Characters that differ between the raw, JSON-escaped and URL-encoded forms ({@code ~} is {@code %7E}). */
  private static final String SECRET = "Cl1ent~Secret/9f+q";
  private static final String TOKEN = "Acc3ss~Token/77ab+z";
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";

  @TempDir
  Path dir;

  @Test
  void responseHeaderValuesAreLoggedOnlyFromAnAllowList() throws IOException {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpHeaders echoed = HttpHeaders.of(Map.of(
        "WWW-Authenticate", List.of("Bearer error=\"invalid_token\", token=\"" + TOKEN + "\""),
        "X-Echo", List.of(TOKEN),
        "x-ms-request-id", List.of("srv-1"),
        "Retry-After", List.of("3"),
        "Location", List.of("https://management.azure.com/op?sig=SIGNATURE1&x=1")));
    new HttpPipeline(List.of(new LoggingPolicy(new CapturingLogger("t", lines))), request -> new HttpResponse(401, echoed, null))
        .send(HttpRequest.of("GET", URI.create("https://management.azure.com" + RES)));
    String all = String.join("\n", lines);
    assertTrue(all.contains("srv-1") && all.contains("=3"), "allowed values are shown: " + all);
    assertTrue(all.contains("sig=REDACTED"), "a logged URL has its secrets hidden: " + all);
    assertNoForm(all, TOKEN);
    assertFalse(all.contains("SIGNATURE1"), all);
  }

  @Test
  void codeQueryParametersAndUserInfoAreHiddenInLoggedUrls() throws IOException {
    List<String> lines = new CopyOnWriteArrayList<>();
    new HttpPipeline(List.of(new LoggingPolicy(new CapturingLogger("t", lines))),
        request -> new HttpResponse(500, HttpHeaders.of(Map.of()), null))
        .send(HttpRequest.of("GET", URI.create("https://user:PASSWORD1@management.azure.com/cb?code=AUTHCODE1&state=s1")));
    String all = String.join("\n", lines);
    assertTrue(all.contains("code=REDACTED") && all.contains("state=s1"), all);
    assertFalse(all.contains("AUTHCODE1") || all.contains("PASSWORD1") || all.contains("user:"), all);
  }

  @Test
  void aTokenEndpointEchoingTheSecretFormEncodedDoesNotLeakIt() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.on("POST", "/tenant/oauth2/v2.0/token", Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":"
          + "\"bad body: grant_type=client_credentials&client_secret=" + urlEncoded(SECRET) + "&scope=x, raw " + SECRET
          + "\"}"));
      ClientSecretCredential credential = new ClientSecretCredential("tenant", "client", SECRET, server.url());
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> credential.getToken(arm()));
      assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
      assertNoForm(e.getMessage(), SECRET);
    }
  }

  @Test
  void theSecretIsScrubbedBeforeTheMessageIsCutSoNoPrefixSurvives() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.on("POST", "/tenant/oauth2/v2.0/token", Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\""
          + "x".repeat(395) + SECRET + "\"}"));
      ClientSecretCredential credential = new ClientSecretCredential("tenant", "client", SECRET, server.url());
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> credential.getToken(arm()));
      assertTrue(e.getMessage().contains("xxxx"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET.substring(0, 3)), "a prefix of the secret survived: " + e.getMessage());
    }
  }

  @Test
  void aServerEchoingTheTokenInAnErrorBodyDoesNotLeakIt() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", RES, Reply.json(401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"token "
          + TOKEN + " is invalid\",\"target\":\"" + jsonEscaped(TOKEN) + "\"},\"echo\":\"" + jsonEscaped(TOKEN) + " "
          + urlEncoded(TOKEN) + " " + lowerHex(urlEncoded(TOKEN)) + "\"}"));
      ArmClientCore core = TestClients.forEndpoint(server.url()).credential(new StaticTokenCredential(TOKEN)).build();
      ManagementException e = assertThrows(ManagementException.class,
          () -> core.send(ArmRequest.builder("GET", RES).expect(200).build(), null));
      assertEquals("InvalidAuthenticationToken", e.error().code());
      for (String text : List.of(e.getMessage(), e.toString(), e.rawBody(), e.error().message(), e.error().target())) {
        assertNoForm(text, TOKEN);
      }
    }
  }

  @Test
  void aTokenAcrossTheRawBodyCapLeavesNoPrefix() throws IOException {
    String padding = "p".repeat(ErrorResponses.RAW_BODY_CAP - "{\"pad\":\"".length() - 4);
    try (LocalServer server = new LocalServer()) {
      server.on("GET", RES, Reply.json(500, "{\"pad\":\"" + padding + TOKEN + "\"}"));
      ArmClientCore core = TestClients.forEndpoint(server.url()).credential(new StaticTokenCredential(TOKEN))
          .retryOptions(io.armgen.runtime.http.RetryOptions.none()).build();
      ManagementException e = assertThrows(ManagementException.class,
          () -> core.send(ArmRequest.builder("GET", RES).expect(200).build(), null));
      assertTrue(e.rawBody().contains("pppp"), "the body is kept up to its cap");
      assertFalse(e.rawBody().contains(TOKEN.substring(0, 3)), "a prefix of the token survived the cap");
    }
  }

  @Test
  void aManagedIdentityEndpointEchoingTheTokenDoesNotLeakIt() throws IOException {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", "/mi", Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}"),
          Reply.json(500, "{\"error\":\"boom\",\"error_description\":\"refreshing " + jsonEscaped(TOKEN) + " failed\"}"));
      ManagedIdentityCredential credential = new ManagedIdentityCredential(null, Map.of(), server.url() + "/mi",
          Duration.ofSeconds(5));
      assertEquals(TOKEN, credential.getToken(arm()).token());
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> credential.getToken(arm()));
      assertTrue(e.getMessage().contains("boom"), e.getMessage());
      assertNoForm(e.getMessage(), TOKEN);
    }
  }

  @Test
  void theAzureCliEchoingATokenOnStderrDoesNotLeakIt() throws IOException {
    assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "fake az is a shell script");
    String unknownJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLW9mLXRoZS1jbGk";
    Path calls = dir.resolve("calls");
    Path script = dir.resolve("az");
    Files.writeString(script, "#!/bin/sh\n"
        + "if [ -f '" + calls + "' ]; then\n"
        + "  echo \"ERROR: refresh failed for " + TOKEN + " (" + unknownJwt + ")\" >&2; exit 1\n"
        + "fi\n"
        + "touch '" + calls + "'\n"
        + "echo '{\"accessToken\":\"" + TOKEN + "\",\"expires_on\":1893492000}'\n", StandardCharsets.UTF_8);
    assertTrue(script.toFile().setExecutable(true));
    AzureCliCredential credential = new AzureCliCredential(List.of(script.toString()), Duration.ofSeconds(10));
    assertEquals(TOKEN, credential.getToken(arm()).token());
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> credential.getToken(arm()));
    assertTrue(e.getMessage().contains("refresh failed"), e.getMessage());
    assertNoForm(e.getMessage(), TOKEN);
    assertFalse(e.getMessage().contains(unknownJwt.substring(0, 30)), "a token the runtime never saw is hidden by its shape too");
  }

  private static TokenRequest arm() {
    return TokenRequest.forScopes(TokenCredential.ARM_SCOPE);
  }

  /** No raw, JSON-escaped or URL-encoded (either hex case) form of {@code secret} in {@code text}. */
  private static void assertNoForm(String text, String secret) {
    List<String> forms = new ArrayList<>(List.of(secret, jsonEscaped(secret), urlEncoded(secret),
        lowerHex(urlEncoded(secret))));
    for (String form : forms) {
      assertFalse(text != null && text.contains(form), () -> "'" + form + "' leaked: " + text);
    }
  }

  private static String jsonEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
  }

  private static String lowerHex(String encoded) {
    return java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(encoded).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
  }

  private static String urlEncoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
