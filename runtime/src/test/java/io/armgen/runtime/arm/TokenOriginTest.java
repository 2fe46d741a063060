package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.http.ForeignOrigins;
import io.armgen.runtime.http.UntrustedOriginException;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13 §1: the bearer token goes only to the endpoint's origin (or one the user allows). The
 * endpoint is on 127.0.0.1; a second loopback origin on 127.0.0.2 plays another host and records
 * what it receives.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenOriginTest {
  private static final String TOKEN = "origin-test-token";
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String OP = "/op";

  private LocalServer server;
  private LocalServer other;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    other = new LocalServer("127.0.0.2");
    other.on("GET", OP, Reply.json(200, "{\"status\":\"Succeeded\"}"));
    other.on("GET", "/page2", Reply.json(200, "{\"value\":[]}"));
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  private TestClients builder() {
    return TestClients.forEndpoint(server.url()).credential(new StaticTokenCredential(TOKEN));
  }

  private static ArmRequest request(String method, ArmClientCore core) {
    return ArmRequest.builder(method, RES).query("api-version", core.apiVersion()).expect(200, 201, 202, 204).build();
  }

  private void assertNothingReachedTheOtherHost() {
    assertEquals(List.of(), other.requests(), "the other origin received requests");
  }

  private void assertRefused(Runnable call) {
    UntrustedOriginException e = assertThrows(UntrustedOriginException.class, call::run);
    assertTrue(e.getMessage().contains("127.0.0.2"), e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertNothingReachedTheOtherHost();
  }

  @Test
  void putWithAzureAsyncOperationOnAnotherOriginIsRefusedNamingTheHost() {
    server.on("PUT", RES, Reply.json(201, "{}").header("Azure-AsyncOperation", other.url() + OP));
    ArmClientCore core = builder().build();
    assertRefused(() -> core.beginLongRunning(request("PUT", core), FinalStateVia.DEFAULT, null).waitForCompletion());
  }

  @Test
  void putWithLocationOnAnotherOriginIsRefused() {
    server.on("PUT", RES, Reply.json(201, "{}").header("Location", other.url() + OP));
    ArmClientCore core = builder().build();
    assertRefused(() -> core.beginLongRunning(request("PUT", core), FinalStateVia.DEFAULT, null).waitForCompletion());
  }

  @Test
  void deleteWithLocationOnAnotherOriginIsRefused() {
    server.on("DELETE", RES, Reply.status(202).header("Location", other.url() + OP));
    ArmClientCore core = builder().build();
    assertRefused(() -> core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion());
  }

  @Test
  void schemeRelativePollUrlToAnotherHostIsRefused() {
    server.on("DELETE", RES, Reply.status(202).header("Location", other.url().substring("http:".length()) + OP));
    ArmClientCore core = builder().build();
    assertRefused(() -> core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion());
  }

  @Test
  void nextLinkToAnotherOriginIsRefused() {
    server.on("GET", RES, Reply.json(200, "{\"value\":[],\"nextLink\":\"" + other.url() + "/page2\"}"));
    ArmClientCore core = builder().build();
    PagedIterable<Object> list = core.list(request("GET", core), "value", "nextLink", p -> p.getText());
    assertRefused(() -> list.iterator().hasNext());
  }

  @Test
  void aPortOfTheSameHostIsAnotherOrigin() throws Exception {
    try (LocalServer samehost = new LocalServer()) {
      samehost.on("GET", OP, Reply.json(200, "{\"status\":\"Succeeded\"}"));
      server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", samehost.url() + OP));
      ArmClientCore core = builder().build();
      assertThrows(UntrustedOriginException.class,
          () -> core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion());
      assertEquals(List.of(), samehost.requests());
    }
  }

  @Test
  void optInFollowsAnotherOriginWithoutTheToken() {
    server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", other.url() + OP));
    ArmClientCore core = builder().foreignOrigins(ForeignOrigins.FOLLOW_WITHOUT_TOKEN).build();
    core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion();
    List<Recorded> received = other.requests();
    assertEquals(1, received.size());
    assertNull(received.get(0).header("Authorization"), "the token went to the other origin");
    assertEquals("Bearer " + TOKEN, server.requests().get(0).header("Authorization"));
  }

  @Test
  void anOriginAllowedOnTheBuilderGetsTheToken() {
    server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", other.url() + OP));
    ArmClientCore core = builder().allowedTokenOrigins(other.url()).build();
    core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion();
    assertEquals("Bearer " + TOKEN, other.requests().get(0).header("Authorization"));
  }

  @Test
  void fileAndFtpPollUrlsAreMalformedResponses() {
    for (String link : List.of("file:///etc/passwd", "ftp://127.0.0.1/op")) {
      server.on("DELETE", RES, Reply.status(202).header("Location", link));
      ArmClientCore core = builder().build();
      MalformedResponseException e = assertThrows(MalformedResponseException.class,
          () -> core.beginLongRunning(request("DELETE", core), FinalStateVia.DEFAULT, null).waitForCompletion());
      assertTrue(e.getMessage().contains("poll URL"), e.getMessage());
    }
  }

  @Test
  void aFileNextLinkIsAMalformedResponse() {
    server.on("GET", RES, Reply.json(200, "{\"value\":[],\"nextLink\":\"file:///etc/passwd\"}"));
    ArmClientCore core = builder().build();
    PagedIterable<Object> list = core.list(request("GET", core), "value", "nextLink", p -> p.getText());
    assertThrows(MalformedResponseException.class, () -> list.iterator().hasNext());
  }
}
