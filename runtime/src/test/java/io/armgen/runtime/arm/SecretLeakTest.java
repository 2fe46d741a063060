package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AzureCliCredential;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.auth.DefaultAzureCredential;
import io.armgen.runtime.auth.EnvironmentCredential;
import io.armgen.runtime.auth.ManagedIdentityCredential;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.http.RetryOptions;
import io.armgen.runtime.testing.CapturingLoggerFinder;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs successes and failures with real credentials against local servers, with every
 * System.Logger in the JVM captured, and checks that neither the token nor the client secret
 * appears in any log line, exception message or toString.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SecretLeakTest {
  private static final String SECRET = "CLIENT-SECRET-d1f9";
  private static final String TOKEN = "ACCESS-TOKEN-77ab";
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";

  @Test
  void tokenAndSecretNeverAppearInLogsOrExceptions() throws Exception {
    assertTrue(CapturingLoggerFinder.installed(), "the capturing LoggerFinder must be installed, or this test proves nothing");
    List<String> seen = new ArrayList<>();
    try (LocalServer server = new LocalServer()) {
      server.on("POST", "/tenant/oauth2/v2.0/token", Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}"));
      server.on("POST", "/bad/oauth2/v2.0/token", Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
          + SECRET + "\"}"));
      server.on("GET", RES, Reply.json(200, "{\"name\":\"t1\"}"), Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"gone\"}}"));
      server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", "/op"));
      server.on("GET", "/op", Reply.json(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"Boom\",\"message\":\"x\"}}"));
      server.on("GET", "/slow", Reply.json(200, "{}").delayed(2_000));
      server.on("GET", "/throttled", Reply.status(429).header("Retry-After", "0"));

      ClientSecretCredential good = new ClientSecretCredential("tenant", "client", SECRET, server.url());
      ClientSecretCredential bad = new ClientSecretCredential("bad", "client", SECRET, server.url());
      ArmClientCore core = TestClients.forEndpoint(server.url()).credential(good)
          // /slow answers after 2 s: 1 s times it out and still leaves a loaded machine time for the other calls
          .responseTimeout(Duration.ofSeconds(1)).build();
      ArmClientCore badCore = TestClients.forEndpoint(server.url()).credential(bad).build();
      ArmRequest get = ArmRequest.builder("GET", RES).query("api-version", "1").query("sig", SECRET).expect(200).build();

      core.send(get, TestResource::fromJson);
      seen.add(caught(() -> core.send(get, TestResource::fromJson)));
      seen.add(caught(() -> badCore.send(get, null)));
      seen.add(caught(() -> core.beginLongRunning(ArmRequest.builder("PUT", RES).build(), FinalStateVia.DEFAULT, TestResource::fromJson)
          .waitForCompletion()));
      seen.add(caught(() -> core.send(ArmRequest.builder("GET", "/slow").build(), null)));
      seen.add(caught(() -> core.send(ArmRequest.builder("GET", "/throttled").build(), null)));
      seen.add(caught(() -> TestClients.forEndpoint("http://example.com").credential(good).retryOptions(RetryOptions.none()).build()
          .send(get, null)));
      TokenCredential chain = new DefaultAzureCredential(List.of(
          new EnvironmentCredential(Map.of("AZURE_TENANT_ID", "bad", "AZURE_CLIENT_ID", "c", "AZURE_CLIENT_SECRET", SECRET,
              "AZURE_AUTHORITY_HOST", server.url())),
          new ManagedIdentityCredential(null, Map.of("IDENTITY_ENDPOINT", server.url() + "/none", "IDENTITY_HEADER", SECRET),
              "http://169.254.169.254/x", Duration.ofSeconds(1)),
          new AzureCliCredential(List.of("/no/such/az"), Duration.ofSeconds(1))));
      seen.add(caught(() -> chain.getToken(io.armgen.runtime.auth.TokenRequest.forScopes(TokenCredential.ARM_SCOPE))));
      seen.add(good.toString());
      seen.add(chain.toString());
      seen.add(core.toString());
    }
    assertTrue(seen.stream().noneMatch(String::isEmpty));
    List<String> logged = CapturingLoggerFinder.lines();
    assertTrue(logged.stream().anyMatch(line -> line.contains("<-- 404 GET")), "the pipeline logged through System.Logger: " + logged);
    assertTrue(logged.stream().anyMatch(line -> line.contains("sig=REDACTED")), "query secrets are shown redacted");
    for (String text : concat(seen, logged)) {
      assertFalse(text.contains(TOKEN), "token leaked: " + text);
      assertFalse(text.contains(SECRET), "secret leaked: " + text);
    }
  }

  /** The message of the thrown exception and of all its causes and suppressed exceptions. */
  private static String caught(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      StringBuilder all = new StringBuilder();
      describe(e, all, 0);
      return all.toString();
    }
    throw new AssertionError("expected a failure");
  }

  private static void describe(Throwable t, StringBuilder out, int depth) {
    if (t == null || depth > 10) {
      return;
    }
    out.append(t).append('\n');
    for (Throwable suppressed : t.getSuppressed()) {
      describe(suppressed, out, depth + 1);
    }
    describe(t.getCause(), out, depth + 1);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
