package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LongRunningOperationTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";
  private static final String LOC = "/subscriptions/sub1/providers/Microsoft.Test/operationResults/op1";
  private static final String DONE_RESOURCE = "{\"id\":\"" + RES + "\",\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Succeeded\",\"size\":7}}";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ArmRequest request(String method) {
    ArmRequest.Builder b = ArmRequest.builder(method, RES).query("api-version", core.apiVersion()).expect(200, 201, 202, 204);
    if (!method.equals("DELETE") && !method.equals("POST")) {
      b.body(new TestResource().withDisplayName("d"));
    }
    return b.build();
  }

  private static Reply inProgress() {
    return Reply.json(200, "{\"status\":\"InProgress\"}");
  }

  @Test
  void asyncOperationPutFinishesWithAFinalGetOfTheOriginalUri() {
    server.on("PUT", RES, Reply.json(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}")
        .header("Azure-AsyncOperation", server.url() + OP + "?api-version=2024-01-01"));
    server.on("GET", OP, inProgress(), Reply.json(200, "{\"status\":\"succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));

    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    assertEquals(LroStatus.IN_PROGRESS, poller.status());
    TestResource result = poller.waitForCompletion();

    assertEquals(7, result.size());
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals(2, server.count("GET", OP));
    assertEquals(1, server.count("GET", RES));
    // every request, poll and final GET included, has its own client request id
    List<String> ids = server.requests().stream().map(r -> r.header("x-ms-client-request-id")).distinct().toList();
    assertEquals(server.requests().size(), ids.size());
  }

  @Test
  void relativeAsyncOperationUrlIsResolvedAgainstTheRequestUri() {
    server.on("PUT", RES, Reply.status(202).header("Azure-AsyncOperation", "../operations/op1"));
    server.on("GET", "/subscriptions/sub1/providers/Microsoft.Test/operations/op1", Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    TestResource result = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion();
    assertEquals("t1", result.name());
  }

  @Test
  void locationPatternResultIsTheFinalLocationBodyForPost() {
    server.on("POST", RES, Reply.status(202).header("Location", LOC).header("Retry-After", "0"));
    server.on("GET", LOC, Reply.status(202), Reply.status(202), Reply.json(200, "{\"name\":\"fromLocation\"}"));

    LroPoller<TestResource> poller = core.beginLongRunning(request("POST"), FinalStateVia.DEFAULT, TestResource::fromJson);
    TestResource result = poller.waitForCompletion();

    assertEquals("fromLocation", result.name());
    assertEquals(3, server.count("GET", LOC));
  }

  @Test
  void locationPatternDeleteHasNoResult() {
    server.on("DELETE", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.status(202), Reply.status(204));
    LroPoller<Void> poller = core.beginLongRunning(request("DELETE"), FinalStateVia.DEFAULT, null);
    assertNull(poller.waitForCompletion());
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals(0, server.count("GET", RES));
  }

  @Test
  void locationPatternPutTakesTheFinalLocationBody() {
    server.on("PUT", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.status(202), Reply.json(200, "{\"name\":\"locationBody\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("locationBody", core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion().name());
    assertEquals(0, server.count("GET", RES));
  }

  @Test
  void locationPatternPutWithAnEmptyFinalLocationGetsTheOriginalUri() {
    server.on("PUT", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.status(202), Reply.status(204));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("t1", core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion().name());
  }

  @Test
  void locationPollEndingOnAFailedResourceFails() {
    server.on("DELETE", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.json(200, "{\"properties\":{\"provisioningState\":\"Failed\"}}"));
    LroPoller<Void> poller = core.beginLongRunning(request("DELETE"), FinalStateVia.DEFAULT, null);
    assertThrows(LongRunningOperationFailedException.class, poller::waitForCompletion);
    assertEquals(LroStatus.FAILED, poller.status());
  }

  @Test
  void locationPollEndingOn200WithANonTerminalStateIsDone() {
    // KeyVault's delete example: the Location URL answers 200 with a "Deleting" snapshot. That ends the
    // operation; polling on would get the same answer forever.
    server.on("DELETE", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.json(200, "{\"name\":\"gone\",\"properties\":{\"provisioningState\":\"Deleting\"}}"));
    LroPoller<TestResource> poller = core.beginLongRunning(request("DELETE"), FinalStateVia.DEFAULT, TestResource::fromJson);
    poller.waitForCompletion(java.time.Duration.ofSeconds(10));
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals(1, server.count("GET", LOC));
  }

  @Test
  void put200WithATerminalStateIgnoresItsPollHeaders() {
    server.on("PUT", RES, Reply.json(200, DONE_RESOURCE).header("Azure-AsyncOperation", OP));
    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals("t1", poller.waitForCompletion().name());
    assertEquals(0, server.count("GET", OP));
  }

  @Test
  void provisioningStatePatternPollsTheOriginalUri() {
    server.on("PUT", RES, Reply.json(201, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Accepted\"}}"));
    server.on("GET", RES, Reply.json(200, "{\"properties\":{\"provisioningState\":\"Updating\"}}"), Reply.json(200, DONE_RESOURCE));

    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    assertEquals(LroStatus.IN_PROGRESS, poller.poll().status());
    assertEquals(LroStatus.SUCCEEDED, poller.poll().status());
    assertEquals(7, poller.result().size());
    assertEquals(2, server.count("GET", RES));
  }

  @Test
  void putThatFinishesAtOnceNeedsNoPolling() {
    server.on("PUT", RES, Reply.json(200, DONE_RESOURCE));
    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals(7, poller.waitForCompletion().size());
    assertEquals(1, server.requests().size());
  }

  @Test
  void finalStateViaLocationGetsTheLocationUrl() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP).header("Location", LOC));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", LOC, Reply.json(200, "{\"name\":\"viaLocation\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("viaLocation", core.beginLongRunning(request("PUT"), FinalStateVia.LOCATION, TestResource::fromJson).waitForCompletion().name());
    assertEquals(0, server.count("GET", RES));
  }

  @Test
  void finalStateViaOriginalUriForPost() {
    server.on("POST", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.json(200, "{\"name\":\"locationBody\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("t1", core.beginLongRunning(request("POST"), FinalStateVia.ORIGINAL_URI, TestResource::fromJson).waitForCompletion().name());
  }

  @Test
  void finalStateViaAsyncOperationUsesTheOperationBodyForPost() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, inProgress(), Reply.json(200, "{\"status\":\"Succeeded\",\"name\":\"op\",\"properties\":{\"size\":5}}"));
    TestResource result = core.beginLongRunning(request("POST"), FinalStateVia.AZURE_ASYNC_OPERATION, TestResource::fromJson).waitForCompletion();
    assertEquals(5, result.size());
  }

  @Test
  void finalStateViaAsyncOperationReadsTheOperationBodyEvenWithOnlyStatusFields() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, Reply.json(200, "{\"id\":\"x\",\"name\":\"op\",\"status\":\"Succeeded\",\"startTime\":\"2024-01-01T00:00:00Z\"}"));
    assertEquals("op", core.beginLongRunning(request("POST"), FinalStateVia.AZURE_ASYNC_OPERATION, TestResource::fromJson).waitForCompletion().name());
  }

  @Test
  void finalStateViaAsyncOperationForPutGetsTheOriginalUri() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("t1", core.beginLongRunning(request("PUT"), FinalStateVia.AZURE_ASYNC_OPERATION, TestResource::fromJson).waitForCompletion().name());
  }

  @Test
  void failedOperationCarriesTheArmError() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, inProgress(), Reply.json(200,
        "{\"status\":\"Failed\",\"error\":{\"code\":\"QuotaExceeded\",\"message\":\"no room\"}}").header("x-ms-request-id", "poll-req"));

    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    LongRunningOperationFailedException e = assertThrows(LongRunningOperationFailedException.class, poller::waitForCompletion);

    assertEquals(LroStatus.FAILED, e.status());
    assertEquals("QuotaExceeded", e.error().code());
    assertEquals("poll-req", e.requestId());
    assertTrue(e.getMessage().contains("long-running operation Failed with QuotaExceeded: no room"), e.getMessage());
    assertTrue(e.getMessage().contains("x-ms-client-request-id: " + e.clientRequestId()), e.getMessage());
    assertEquals(LroStatus.FAILED, poller.status());
    assertThrows(LongRunningOperationFailedException.class, poller::result);
  }

  @Test
  void canceledOperationViaProvisioningState() {
    server.on("PUT", RES, Reply.json(201, "{\"properties\":{\"provisioningState\":\"Creating\"}}"));
    server.on("GET", RES, Reply.json(200, "{\"properties\":{\"provisioningState\":\"Canceled\"}}"));
    LongRunningOperationFailedException e = assertThrows(LongRunningOperationFailedException.class,
        () -> core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion());
    assertEquals(LroStatus.CANCELED, e.status());
  }

  @Test
  void failedLocationPollIsAFailedOperation() {
    server.on("DELETE", RES, Reply.status(202).header("Location", LOC));
    server.on("GET", LOC, Reply.json(409, "{\"error\":{\"code\":\"Conflict\",\"message\":\"in use\"}}"));
    LongRunningOperationFailedException e = assertThrows(LongRunningOperationFailedException.class,
        () -> core.beginLongRunning(request("DELETE"), FinalStateVia.DEFAULT, null).waitForCompletion());
    assertEquals(409, e.statusCode());
    assertEquals("Conflict", e.error().code());
  }

  @Test
  void retryAfterBetweenPollsIsHonoured() {
    core = TestClients.forEndpoint(server.url()).pollInterval(Duration.ofSeconds(30)).build();
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP).header("Retry-After", "0"));
    server.on("GET", OP, inProgress().header("retry-after-ms", "5"), Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    long start = System.nanoTime();
    poller.waitForCompletion();
    // A 30 s default interval would have blown the test timeout: the server's delays were used.
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
  }

  @Test
  void overallTimeoutRaisesLroTimeoutException() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP).header("x-ms-request-id", "initial-req"));
    server.on("GET", OP, inProgress());
    LroPoller<TestResource> poller = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson);
    LroTimeoutException e = assertThrows(LroTimeoutException.class, () -> poller.waitForCompletion(Duration.ofMillis(150)));
    assertEquals("initial-req", e.requestId());
    assertTrue(e.getMessage().contains("did not end within PT0.15S"), e.getMessage());
    assertTrue(e.getMessage().contains(e.clientRequestId()));
    assertEquals(LroStatus.IN_PROGRESS, poller.status());
    assertThrows(IllegalStateException.class, poller::result);
  }

  @Test
  void serviceUnavailableDuringPollingIsRetried() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, inProgress(), Reply.json(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}"),
        Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    assertEquals("t1", core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion().name());
    assertEquals(3, server.count("GET", OP));
    // the retried poll kept its request id
    List<Recorded> polls = server.requests().stream().filter(r -> r.path().equals(OP)).toList();
    assertNotEquals(polls.get(0).header("x-ms-client-request-id"), polls.get(1).header("x-ms-client-request-id"));
    assertEquals(polls.get(1).header("x-ms-client-request-id"), polls.get(2).header("x-ms-client-request-id"));
  }

  @Test
  void toFutureCompletesOnTheExecutor() throws Exception {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, inProgress(), Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, DONE_RESOURCE));
    TestResource result = core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson)
        .toFuture().get(20, TimeUnit.SECONDS);
    assertEquals("t1", result.name());
  }

  @Test
  void initialErrorIsThrownByBegin() {
    server.on("PUT", RES, Reply.json(400, "{\"error\":{\"code\":\"InvalidParameter\",\"message\":\"bad\"}}"));
    ManagementException e = assertThrows(ManagementException.class,
        () -> core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson));
    assertEquals("InvalidParameter", e.error().code());
  }

  @Test
  void asyncOperationBodyWithoutStatusIsMalformed() {
    server.on("PUT", RES, Reply.status(201).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, Reply.json(200, "{\"nothing\":1}"));
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> core.beginLongRunning(request("PUT"), FinalStateVia.DEFAULT, TestResource::fromJson).waitForCompletion());
    assertTrue(e.getMessage().contains("no status"), e.getMessage());
  }
}
