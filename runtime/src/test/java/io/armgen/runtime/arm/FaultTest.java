package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.http.RetryOptions;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.RawSocketServer;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Misbehaving servers: every failure must be typed, name the request id, and never hang. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FaultTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";

  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ArmRequest get(String path) {
    return ArmRequest.builder("GET", path).query("api-version", TestClients.API_VERSION).expect(200).build();
  }

  private static void assertNamesRequestId(ManagementException e) {
    assertNotNull(e.clientRequestId(), e.getMessage());
    assertTrue(e.getMessage().contains(e.clientRequestId()), e.getMessage());
  }

  @Test
  void connectionResetMidBodyIsRetriedThenTyped() throws Exception {
    try (RawSocketServer raw = new RawSocketServer((socket, out) -> {
      RawSocketServer.writeHead(out, 200, 1000);
      out.write("{\"name\":\"par".getBytes(StandardCharsets.UTF_8));
      out.flush();
      RawSocketServer.reset(socket);
    })) {
      ArmClientCore core = TestClients.forEndpoint(raw.url()).build();
      TransportException e = assertThrows(TransportException.class, () -> core.send(get(RES), TestResource::fromJson));
      assertNamesRequestId(e);
      assertEquals(0, e.statusCode());
      assertEquals(4, raw.connections(), "1 attempt + 3 retries");
    }
  }

  @Test
  void slowResponsePastTheTimeoutIsAResponseTimeout() throws InterruptedException {
    server.on("GET", RES, Reply.json(200, "{}").delayed(5_000));
    ArmClientCore core = TestClients.forEndpoint(server.url()).responseTimeout(Duration.ofMillis(200))
        .retryOptions(new RetryOptions(1, Duration.ofMillis(1), Duration.ofMillis(1))).build();
    long start = System.nanoTime();
    ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> core.send(get(RES), null));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000);
    assertNamesRequestId(e);
    assertTrue(e.getMessage().contains("got no response within PT0.2S"), e.getMessage());
    assertEquals(2, server.countReaching("GET", RES, 2, Duration.ofSeconds(5)), "1 attempt + 1 retry");
  }

  @Test
  void serverThatNeverAnswersTimesOutToo() throws Exception {
    try (RawSocketServer raw = new RawSocketServer((socket, out) -> Thread.sleep(20_000))) {
      ArmClientCore core = TestClients.forEndpoint(raw.url()).responseTimeout(Duration.ofMillis(200))
          .retryOptions(RetryOptions.none()).build();
      assertNamesRequestId(assertThrows(ResponseTimeoutException.class, () -> core.send(get(RES), null)));
    }
  }

  @Test
  void truncatedAndMalformedJsonAreMalformedResponses() {
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    for (String body : List.of("{\"name\":\"v1\",\"properties\":{\"size\":1", "{\"name\": }", "[1,2", "{\"properties\":{\"size\":\"big\"}}")) {
      server.on("GET", RES, Reply.json(200, body).header("x-ms-request-id", "srv-bad"));
      MalformedResponseException e = assertThrows(MalformedResponseException.class,
          () -> core.send(get(RES), TestResource::fromJson), body);
      assertNamesRequestId(e);
      assertEquals("srv-bad", e.requestId());
      assertEquals(200, e.statusCode());
      assertEquals(body, e.rawBody());
    }
  }

  @Test
  void truncatedPageIsMalformed() {
    server.on("GET", RES, Reply.json(200, "{\"value\":[{\"name\":\"a\"},"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> core.list(get(RES), "value", "nextLink", TestResource::fromJson).iterator().hasNext());
    assertNamesRequestId(e);
  }

  @Test
  void throttlingStormEndsAfterTheRetryCap() {
    server.on("GET", RES, Reply.json(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}")
        .header("Retry-After", "0"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(get(RES), null));
    assertEquals(429, e.statusCode());
    assertEquals("TooManyRequests", e.error().code());
    assertNamesRequestId(e);
    assertEquals(4, server.count("GET", RES));
    assertEquals(1, server.requests().stream().map(r -> r.header("x-ms-client-request-id")).distinct().count());
  }

  @Test
  void throttlingThenSuccessHonoursRetryAfterMs() {
    server.on("POST", RES, Reply.status(429).header("x-ms-retry-after-ms", "20"), Reply.status(429).header("retry-after-ms", "20"),
        Reply.json(200, "{\"name\":\"ok\"}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    TestResource result = core.send(ArmRequest.builder("POST", RES).expect(200).build(), TestResource::fromJson);
    assertEquals("ok", result.name());
    assertEquals(3, server.count("POST", RES));
  }

  @Test
  void nextLinkLoopAcrossSeveralPagesStops() {
    server.on("GET", "/a", Reply.json(200, "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"/b\"}"));
    server.on("GET", "/b", Reply.json(200, "{\"value\":[{\"name\":\"b\"}],\"nextLink\":\"/a?api-version=" + TestClients.API_VERSION + "\"}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    List<String> names = core.list(get("/a"), "value", "nextLink", TestResource::fromJson).stream().map(TestResource::name).toList();
    assertEquals(List.of("a", "b"), names);
  }

  @Test
  void connectionRefusedIsATransportException() throws Exception {
    String closed;
    try (RawSocketServer raw = new RawSocketServer((socket, out) -> { })) {
      closed = raw.url();
    }
    ArmClientCore core = TestClients.forEndpoint(closed).build();
    TransportException e = assertThrows(TransportException.class, () -> core.send(get(RES), null));
    assertNamesRequestId(e);
    assertInstanceOf(java.net.ConnectException.class, e.getCause());
  }

  @Test
  void failingTokenEndpointIsAnAuthenticationFailureNamingTheRequest() {
    server.on("POST", "/t1/oauth2/v2.0/token", Reply.json(500, "{\"error\":\"temporarily_unavailable\",\"error_description\":\"try later\"}"));
    ArmClientCore core = TestClients.forEndpoint(server.url())
        .credential(new ClientSecretCredential("t1", "c1", "SUPER-SECRET", server.url())).build();
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> core.send(get(RES), null));
    assertTrue(e.getMessage().contains("x-ms-client-request-id: "), e.getMessage());
    assertTrue(e.getMessage().contains("temporarily_unavailable"), e.getMessage());
    assertFalse(e.getMessage().contains("SUPER-SECRET"));
    assertEquals(0, server.count("GET", RES), "nothing is sent without a token");
  }

  @Test
  void lroPollThatKeepsFailingWithServerErrorsIsTyped() {
    server.on("PUT", RES, Reply.status(202).header("Location", "/op"));
    server.on("GET", "/op", Reply.json(500, "{\"error\":{\"code\":\"InternalError\",\"message\":\"boom\"}}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    LroPoller<TestResource> poller = core.beginLongRunning(ArmRequest.builder("PUT", RES).build(), FinalStateVia.DEFAULT, TestResource::fromJson);
    ManagementException e = assertThrows(ManagementException.class, poller::waitForCompletion);
    assertEquals(500, e.statusCode());
    assertNamesRequestId(e);
    assertEquals(LroStatus.IN_PROGRESS, poller.status());
  }
}
