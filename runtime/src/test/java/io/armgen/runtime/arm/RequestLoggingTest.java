package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.internal.Redaction;
import io.armgen.runtime.testing.CapturingLoggerFinder.CapturingLogger;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Request logging is quiet unless asked for: a caught 404 and a retried 503 log nothing at INFO
 * or above (java.util.logging's default console shows INFO), while {@code requestLogLevel(INFO)}
 * or a logger at DEBUG shows every attempt. Paging cursors stay readable in the lines.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RequestLoggingTest {
  private static final String THING = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";

  private LocalServer server;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    server.on("GET", THING, Reply.status(503), Reply.status(404));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void getMissingThing(TestClients builder) {
    ArmClientCore core = builder.credential(new StaticTokenCredential("tok"))
        .logger(new CapturingLogger("io.armgen.runtime.http", lines)).build();
    ArmRequest get = ArmRequest.builder("GET", THING).query("api-version", core.apiVersion())
        .query("$skipToken", "cursor-42").expect(200).build();
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(get, TestResource::fromJson));
    assertEquals(404, e.statusCode());
  }

  @Test
  void aCaughtNotFoundAndARetryLogNothingAtInfoOrAbove() {
    getMissingThing(TestClients.forEndpoint(server.url()));

    assertEquals(2, server.count("GET", THING), "the 503 was retried");
    assertFalse(lines.isEmpty(), "the attempts are still there for a logger at DEBUG");
    for (String line : lines) {
      assertTrue(line.contains(" DEBUG ") || line.contains(" TRACE "), "above DEBUG: " + line);
    }
    assertTrue(lines.stream().anyMatch(l -> l.contains("DEBUG <-- 404 GET")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("DEBUG Retry 1 of 3")), String.join("\n", lines));
  }

  @Test
  void theBuilderCanAskForEveryAttemptAtInfo() {
    getMissingThing(TestClients.forEndpoint(server.url()).requestLogLevel(Level.INFO));

    assertTrue(lines.stream().anyMatch(l -> l.contains("INFO <-- 503 GET")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("INFO <-- 404 GET")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("INFO --> GET")), String.join("\n", lines));
  }

  @Test
  void thePagingCursorIsShownButTheTokenIsNot() {
    getMissingThing(TestClients.forEndpoint(server.url()));

    String all = String.join("\n", lines);
    assertTrue(all.contains("$skipToken=cursor-42"), all);
    // encoded or not; real secrets next to it stay hidden
    assertEquals("api-version=1&%24skipToken=c2&sig=REDACTED&access_token=REDACTED",
        Redaction.redactQuery("api-version=1&%24skipToken=c2&sig=s&access_token=t"));
  }
}
