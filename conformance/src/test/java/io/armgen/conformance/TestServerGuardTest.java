package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Always compiled (unlike the scenario tests, which need the generated clients): makes a missing
 * test server visible as a skipped test, or a failure under {@code CI=true}, and checks that the
 * server this run talks to is the one whose scenarios the report counts.
 */
@ExtendWith(TestServerExtension.class)
class TestServerGuardTest {
  @Test
  void serverAnswersBothCoverageReportsOnLoopback(TestServer server) throws Exception {
    assertTrue(server.endpoint().startsWith("http://127.0.0.1:"), server.endpoint());
    ObjectMapper json = new ObjectMapper();
    JsonNode azure = json.readTree(server.get("/report/azure"));
    JsonNode general = json.readTree(server.get("/report"));
    assertTrue(azure.has("LROPutInlineComplete"), "the azure report names the LRO scenarios");
    assertTrue(general.has("HttpSuccess200Head"), "the general report names the HEAD scenarios");
  }
}
