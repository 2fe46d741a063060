package io.armgen.runtime.arm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.ClientSecretCredential;
import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.http.RetryOptions;
import io.armgen.runtime.testing.CapturingLoggerFinder;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults produced by WireMock on 127.0.0.1: broken connections, slow and dribbled responses, bad
 * JSON, throttling storms, failing and endless long-running operations, next-link loops and a
 * failing token endpoint. Each must end (no hang) in a typed exception whose message names the
 * request ids, and neither the bearer token nor the client secret may appear in any message or
 * log line.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WireMockFaultTest {
  private static final String TOKEN = "WM-ACCESS-TOKEN-5e1c";
  private static final String SECRET = "WM-CLIENT-SECRET-93fa";
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";
  private static final String TOKEN_PATH = "/tenant1/oauth2/v2.0/token";

  private static WireMockServer wireMock;

  @BeforeAll
  static void startWireMock() {
    // One server for the class (stubs are reset after each test): starting WireMock costs seconds.
    wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().templatingEnabled(false));
    wireMock.start();
  }

  @AfterAll
  static void stopWireMock() {
    wireMock.stop();
    // Every log line of every test in this class, including WireMock-driven retries and polls.
    assertTrue(CapturingLoggerFinder.installed(), "without the capturing LoggerFinder this check proves nothing");
    assertTrue(CapturingLoggerFinder.lines().stream().anyMatch(line -> line.contains("Retry ")), "retries were logged");
    for (String line : CapturingLoggerFinder.lines()) {
      assertFalse(line.contains(TOKEN), "token logged: " + line);
      assertFalse(line.contains(SECRET), "secret logged: " + line);
    }
  }

  @AfterEach
  void reset() {
    wireMock.resetAll();
  }

  private static String base() {
    return "http://127.0.0.1:" + wireMock.port();
  }

  private static TestClients client() {
    return TestClients.forEndpoint(base()).credential(new StaticTokenCredential(TOKEN));
  }

  private static ArmRequest getResource(String path) {
    return ArmRequest.builder("GET", path).query("api-version", TestClients.API_VERSION).expect(200).build();
  }

  private static ResponseDefinitionBuilder armJson(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("x-ms-request-id", "srv-" + status).withBody(body);
  }

  /**
   * The exception names the client request id we sent (and the server's request id when one was
   * sent), and no message in its chain contains a secret.
   */
  private static <E extends ManagementException> E assertNamesIds(E e, String serverRequestId) {
    assertTrue(e.clientRequestId() != null && e.getMessage().contains("x-ms-client-request-id: " + e.clientRequestId()),
        e.getMessage());
    if (serverRequestId != null) {
      assertEquals(serverRequestId, e.requestId());
      assertTrue(e.getMessage().contains("x-ms-request-id: " + serverRequestId), e.getMessage());
    }
    assertNoSecrets(e);
    return e;
  }

  private static void assertNoSecrets(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t).contains(TOKEN), "token in " + t);
      assertFalse(String.valueOf(t).contains(SECRET), "secret in " + t);
      for (Throwable suppressed : t.getSuppressed()) {
        assertNoSecrets(suppressed);
      }
    }
  }

  /** Every request the client sent carried the same client request id (retries keep it). */
  private static void assertOneClientRequestId(List<LoggedRequest> requests, ManagementException e) {
    assertFalse(requests.isEmpty());
    for (LoggedRequest request : requests) {
      assertEquals(e.clientRequestId(), request.getHeader("x-ms-client-request-id"));
      assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "RANDOM_DATA_THEN_CLOSE",
      "MALFORMED_RESPONSE_CHUNK", "EMPTY_RESPONSE"})
  void brokenConnectionsAreRetriedThenATransportException(Fault fault) {
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(aResponse().withFault(fault)));
    ArmClientCore core = client().build();

    TransportException e = assertThrows(TransportException.class, () -> core.send(getResource(RES), TestResource::fromJson));

    assertNamesIds(e, null);
    assertEquals(0, e.statusCode());
    List<LoggedRequest> sent = wireMock.findAll(getRequestedFor(urlPathEqualTo(RES)));
    assertEquals(4, sent.size(), "1 attempt + RetryOptions' 3 retries");
    assertOneClientRequestId(sent, e);
  }

  @Test
  void responseSlowerThanTheResponseTimeoutIsAResponseTimeout() {
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(armJson(200, "{\"name\":\"t1\"}").withFixedDelay(3_000)));
    ArmClientCore core = client().responseTimeout(Duration.ofMillis(250))
        .retryOptions(new RetryOptions(1, Duration.ofMillis(1), Duration.ofMillis(1))).build();

    long start = System.nanoTime();
    ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> core.send(getResource(RES), null));

    assertTrue(elapsedMillis(start) < 2_500, "two 250 ms attempts, not the 3 s delay: " + elapsedMillis(start));
    assertNamesIds(e, null);
    assertTrue(e.getMessage().contains("got no response within PT0.25S"), e.getMessage());
    assertOneClientRequestId(wireMock.findAll(getRequestedFor(urlPathEqualTo(RES))), e);
  }

  @Test
  void bodyDribbledPastTheResponseTimeoutIsAResponseTimeout() {
    // The body trickles in over 4 s. Jetty holds the head back until the first chunk, so this is a late
    // start; a head sent at once followed by a stalled body is StalledBodyTest's (raw socket) case.
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(armJson(200, "{\"name\":\"t1\",\"properties\":{\"size\":1}}")
        .withChunkedDribbleDelay(8, 4_000)));
    ArmClientCore core = client().responseTimeout(Duration.ofMillis(300)).retryOptions(RetryOptions.none()).build();

    long start = System.nanoTime();
    ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class,
        () -> core.send(getResource(RES), TestResource::fromJson));

    assertTrue(elapsedMillis(start) < 2_000, "gave up near 300 ms, not after the 4 s body: " + elapsedMillis(start));
    assertNamesIds(e, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"t1\",\"properties\":{\"size\":1", "{\"name\": }", "{\"properties\":{\"size\":\"big\"}}",
      "<html>Service Unavailable</html>"})
  void truncatedOrMalformedJsonIsAMalformedResponse(String body) {
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(armJson(200, body)));
    ArmClientCore core = client().build();

    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> core.send(getResource(RES), TestResource::fromJson));

    assertNamesIds(e, "srv-200");
    assertEquals(200, e.statusCode());
    assertEquals(body, e.rawBody());
  }

  @Test
  void malformedErrorBodyStillGivesTheStatusAndRawBody() {
    String body = "{\"error\":{\"code\":\"Conflict\",\"mess";
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(armJson(409, body)));

    ManagementException e = assertThrows(ManagementException.class, () -> client().build().send(getResource(RES), null));

    assertNamesIds(e, "srv-409");
    assertEquals(409, e.statusCode());
    assertNull(e.error(), "no ARM error can be read from a truncated body");
    assertEquals(body, e.rawBody());
  }

  @Test
  void throttlingStormStopsAtTheRetryCapAfterHonouringRetryAfter() {
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(
        armJson(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"throttled\"}}").withHeader("Retry-After-Ms", "60")));
    ArmClientCore core = client().retryOptions(new RetryOptions(5, Duration.ofMillis(1), Duration.ofSeconds(5))).build();

    long start = System.nanoTime();
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getResource(RES), null));

    assertNamesIds(e, "srv-429");
    assertEquals(429, e.statusCode());
    assertEquals("TooManyRequests", e.error().code());
    List<LoggedRequest> sent = wireMock.findAll(getRequestedFor(urlPathEqualTo(RES)));
    assertEquals(6, sent.size(), "1 attempt + maxRetries 5, then it gives up");
    assertOneClientRequestId(sent, e);
    assertTrue(elapsedMillis(start) >= 5 * 60, "waited the server's 60 ms before each of the 5 retries");
  }

  @Test
  void retryAfterInSecondsIsWaitedOutBeforeTheRetry() {
    wireMock.stubFor(get(urlPathEqualTo(RES)).inScenario("throttle").whenScenarioStateIs(STARTED)
        .willReturn(armJson(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"throttled\"}}").withHeader("Retry-After", "1"))
        .willSetStateTo("open"));
    wireMock.stubFor(get(urlPathEqualTo(RES)).inScenario("throttle").whenScenarioStateIs("open")
        .willReturn(armJson(200, "{\"name\":\"t1\"}")));

    ArmClientCore core = client().retryOptions(new RetryOptions(3, Duration.ofMillis(1), Duration.ofSeconds(5))).build();

    long start = System.nanoTime();
    TestResource result = core.send(getResource(RES), TestResource::fromJson);

    assertEquals("t1", result.name());
    assertTrue(elapsedMillis(start) >= 1_000, "waited the server's 1 s, not the 1 ms backoff: " + elapsedMillis(start));
    assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo(RES))).size());
  }

  @Test
  void retryAfterLongerThanMaxDelayEndsTheRetriesInsteadOfBlocking() {
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(
        armJson(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"come back in an hour\"}}")
            .withHeader("Retry-After", "3600")));
    ArmClientCore core = client().retryOptions(new RetryOptions(3, Duration.ofMillis(1), Duration.ofSeconds(60))).build();

    long start = System.nanoTime();
    ManagementException e = assertThrows(ManagementException.class, () -> core.send(getResource(RES), null));

    assertTrue(elapsedMillis(start) < 5_000, "did not wait the hour: " + elapsedMillis(start));
    assertNamesIds(e, "srv-429");
    assertEquals("TooManyRequests", e.error().code());
    assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo(RES))).size());
  }

  @Test
  void throttledPostWithRetryAfterIsRetriedButOnlyUpToTheCap() {
    wireMock.stubFor(post(urlPathEqualTo(RES + "/start")).willReturn(armJson(429, "").withHeader("Retry-After", "0")));
    ArmClientCore core = client().retryOptions(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(5))).build();

    ManagementException e = assertThrows(ManagementException.class,
        () -> core.send(ArmRequest.builder("POST", RES + "/start").expect(200).build(), null));

    assertNamesIds(e, "srv-429");
    assertTrue(e.getMessage().contains("(empty body)"), e.getMessage());
    assertEquals(3, wireMock.findAll(postRequestedFor(urlPathEqualTo(RES + "/start"))).size());
  }

  @Test
  void serviceUnavailableInTheMiddleOfAnLroIsRetriedAndTheOperationCompletes() {
    wireMock.stubFor(put(urlPathEqualTo(RES)).willReturn(armJson(201, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Creating\"}}")
        .withHeader("Azure-AsyncOperation", base() + OP)));
    wireMock.stubFor(get(urlPathEqualTo(OP)).inScenario("lro").whenScenarioStateIs(STARTED)
        .willReturn(armJson(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"later\"}}").withHeader("Retry-After", "0"))
        .willSetStateTo("recovered"));
    wireMock.stubFor(get(urlPathEqualTo(OP)).inScenario("lro").whenScenarioStateIs("recovered")
        .willReturn(armJson(200, "{\"status\":\"InProgress\"}")).willSetStateTo("done"));
    wireMock.stubFor(get(urlPathEqualTo(OP)).inScenario("lro").whenScenarioStateIs("done")
        .willReturn(armJson(200, "{\"status\":\"Succeeded\"}")));
    wireMock.stubFor(get(urlPathEqualTo(RES)).willReturn(okJson("{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Succeeded\",\"size\":3}}")));
    ArmClientCore core = client().build();

    LroPoller<TestResource> poller = core.beginLongRunning(ArmRequest.builder("PUT", RES).query("api-version", TestClients.API_VERSION)
        .body(new TestResource().withDisplayName("d")).expect(200, 201).build(), FinalStateVia.DEFAULT, TestResource::fromJson);
    TestResource done = poller.waitForCompletion();

    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals(3, done.size());
    List<LoggedRequest> polls = wireMock.findAll(getRequestedFor(urlPathEqualTo(OP)));
    assertEquals(3, polls.size(), "503 (retried by the pipeline), InProgress, Succeeded");
    assertEquals(polls.get(0).getHeader("x-ms-client-request-id"), polls.get(1).getHeader("x-ms-client-request-id"),
        "the retry of a poll keeps the poll's id");
    for (LoggedRequest request : wireMock.getAllServeEvents().stream().map(event -> event.getRequest()).toList()) {
      assertTrue(request.containsHeader("x-ms-client-request-id"), request.getUrl());
      assertEquals("Bearer " + TOKEN, request.getHeader("Authorization"), request.getUrl());
    }
  }

  @Test
  void lroThatNeverFinishesEndsWithLroTimeout() {
    wireMock.stubFor(put(urlPathEqualTo(RES)).willReturn(armJson(202, "").withHeader("Location", OP)));
    wireMock.stubFor(get(urlPathEqualTo(OP)).willReturn(armJson(202, "").withHeader("Location", OP)));
    ArmClientCore core = client().lroTimeout(Duration.ofMillis(400)).build();
    LroPoller<TestResource> poller = core.beginLongRunning(ArmRequest.builder("PUT", RES).build(), FinalStateVia.DEFAULT,
        TestResource::fromJson);

    long start = System.nanoTime();
    LroTimeoutException e = assertThrows(LroTimeoutException.class, poller::waitForCompletion);

    assertTrue(elapsedMillis(start) < 3_000, "ended near the 400 ms overall timeout: " + elapsedMillis(start));
    assertNamesIds(e, "srv-202");
    assertTrue(e.getMessage().contains("did not end within PT0.4S"), e.getMessage());
    assertEquals(LroStatus.IN_PROGRESS, poller.status());
    assertTrue(wireMock.findAll(getRequestedFor(urlPathEqualTo(OP))).size() >= 2, "it kept polling until the deadline");
  }

  @Test
  void lroStatusBodyThatIsNotJsonIsAMalformedResponse() {
    wireMock.stubFor(put(urlPathEqualTo(RES)).willReturn(armJson(201, "").withHeader("Azure-AsyncOperation", OP)));
    wireMock.stubFor(get(urlPathEqualTo(OP)).willReturn(armJson(200, "{\"status\":\"InProg")));
    LroPoller<TestResource> poller = client().build().beginLongRunning(ArmRequest.builder("PUT", RES).build(),
        FinalStateVia.DEFAULT, TestResource::fromJson);

    assertNamesIds(assertThrows(MalformedResponseException.class, poller::waitForCompletion), "srv-200");
  }

  @Test
  void nextLinkLoopStops() {
    String query = "?api-version=" + TestClients.API_VERSION;
    wireMock.stubFor(get(urlPathEqualTo("/list/1")).willReturn(okJson(
        "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"" + base() + "/list/2" + query + "\"}")));
    wireMock.stubFor(get(urlPathEqualTo("/list/2")).willReturn(okJson(
        "{\"value\":[{\"name\":\"b\"}],\"nextLink\":\"" + base() + "/list/2" + query + "\"}")));
    wireMock.stubFor(get(urlPathEqualTo("/list/3")).willReturn(okJson(
        "{\"value\":[{\"name\":\"c\"}],\"nextLink\":\"/list/1" + query + "\"}")));
    ArmClientCore core = client().build();

    List<String> selfLoop = core.list(getResource("/list/1"), "value", "nextLink", TestResource::fromJson).stream()
        .map(TestResource::name).toList();
    List<String> cycle = core.list(getResource("/list/3"), "value", "nextLink", TestResource::fromJson).stream()
        .map(TestResource::name).toList();

    assertEquals(List.of("a", "b"), selfLoop, "page 2 links to itself");
    assertEquals(List.of("c", "a", "b"), cycle, "3 -> 1 -> 2 -> 2");
    assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo("/list/2"))).size(), "page 2 fetched once per listing");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 400, 401})
  void failingTokenEndpointIsAnAuthenticationExceptionWithoutTheSecret(int status) {
    // Entra ID echoes nothing secret, but a misbehaving proxy might: the message must not either.
    wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(armJson(status,
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided: " + SECRET + "\"}")));
    ClientSecretCredential credential = new ClientSecretCredential("tenant1", "client1", SECRET, base());
    ArmClientCore core = TestClients.forEndpoint(base()).credential(credential).build();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> core.send(
        ArmRequest.builder("GET", RES).header("x-ms-client-request-id", "caller-id-1").expect(200).build(), null));

    assertTrue(e.getMessage().contains("x-ms-client-request-id: caller-id-1"), e.getMessage());
    assertTrue(e.getMessage().contains("status " + status + " invalid_client"), e.getMessage());
    assertNoSecrets(e);
    assertFalse(credential.toString().contains(SECRET));
    List<LoggedRequest> tokenRequests = wireMock.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    assertEquals(1, tokenRequests.size());
    assertTrue(tokenRequests.get(0).getBodyAsString().contains("grant_type=client_credentials"));
    assertEquals(0, wireMock.findAll(getRequestedFor(urlPathEqualTo(RES))).size(), "nothing is sent to ARM without a token");
  }

  @Test
  void tokenEndpointThatDropsTheConnectionIsAnAuthenticationException() {
    wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    ArmClientCore core = TestClients.forEndpoint(base())
        .credential(new ClientSecretCredential("tenant1", "client1", SECRET, base())).build();

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> core.send(getResource(RES), null));

    assertTrue(e.getMessage().contains("x-ms-client-request-id: "), e.getMessage());
    assertTrue(e.getMessage().contains("could not reach"), e.getMessage());
    assertNoSecrets(e);
  }

  private static long elapsedMillis(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
  }
}
