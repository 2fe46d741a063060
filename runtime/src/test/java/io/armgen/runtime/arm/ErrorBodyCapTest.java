package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A huge error body never ends up whole in an exception's message or toString (logs print those):
 * neither as raw text nor through the parsed ARM error's message.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ErrorBodyCapTest {
  private static final int HUGE = 1_000_000;
  private static final String PATH = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url() + "/").credential(new StaticTokenCredential("tok")).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ManagementException failWith(int status, String body) {
    server.on("GET", PATH, Reply.json(status, body));
    return assertThrows(ManagementException.class,
        () -> core.send(ArmRequest.builder("GET", PATH).query("api-version", "1").expect(200).build(), null));
  }

  private static void assertBounded(ManagementException e) {
    int limit = 4 * ErrorResponses.RAW_BODY_CAP;
    assertTrue(e.getMessage().length() < limit, "message length " + e.getMessage().length());
    assertTrue(e.toString().length() < limit, "toString length " + e.toString().length());
    assertTrue(e.rawBody().length() < ErrorResponses.RAW_BODY_CAP + 100, "raw body length " + e.rawBody().length());
  }

  @Test
  void hugeArmErrorMessageIsNotCopiedWholeIntoTheExceptionMessage() {
    ManagementException e = failWith(400, "{\"error\":{\"code\":\"Big\",\"message\":\"" + "m".repeat(HUGE) + "\"}}");
    assertBounded(e);
    assertTrue(e.getMessage().contains("Big"), e.getMessage().substring(0, 200));
  }

  @Test
  void hugeNonJsonBodyIsCapped() {
    ManagementException e = failWith(502, "<html>" + "h".repeat(HUGE) + "</html>");
    assertBounded(e);
    assertFalse(e.getMessage().contains("h".repeat(ErrorResponses.RAW_BODY_CAP + 1)));
  }
}
