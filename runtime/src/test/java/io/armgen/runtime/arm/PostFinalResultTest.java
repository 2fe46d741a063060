package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Where a long-running POST's result comes from when the spec names no final-state-via (ARM's
 * default): the Location URL when the service sent one, even next to an Azure-AsyncOperation
 * whose status body carries result fields; without a Location, that status body when it carries
 * more than the status fields, else nothing. The original URI is never read for a POST. Each
 * answer below has a different name, so the result says which one was read.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PostFinalResultTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1/start";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";
  private static final String LOC = "/subscriptions/sub1/providers/Microsoft.Test/operationResults/op1";
  /** An operation-status body that also carries a result (properties is no status field). */
  private static final String OPERATION_WITH_RESULT = "{\"status\":\"Succeeded\",\"name\":\"fromOperation\",\"properties\":{\"size\":5}}";

  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
    server.on("GET", RES, Reply.json(200, "{\"name\":\"fromOriginalUri\"}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestResource post(FinalStateVia via) {
    ArmRequest request = ArmRequest.builder("POST", RES).query("api-version", core.apiVersion()).expect(200, 202).build();
    return core.beginLongRunning(request, via, TestResource::fromJson).waitForCompletion();
  }

  @Test
  void withBothHeadersTheDefaultReadsTheLocation() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP).header("Location", LOC));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}"), Reply.json(200, OPERATION_WITH_RESULT));
    server.on("GET", LOC, Reply.json(200, "{\"name\":\"fromLocation\"}"));

    assertEquals("fromLocation", post(FinalStateVia.DEFAULT).name());
    assertEquals(2, server.count("GET", OP), "the operation is followed on Azure-AsyncOperation");
    assertEquals(1, server.count("GET", LOC), "the Location is read once, for the result");
    assertEquals(0, server.count("GET", RES));
  }

  @Test
  void withBothHeadersAskingForTheAsyncOperationReadsItsBody() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP).header("Location", LOC));
    server.on("GET", OP, Reply.json(200, OPERATION_WITH_RESULT));
    server.on("GET", LOC, Reply.json(200, "{\"name\":\"fromLocation\"}"));

    assertEquals("fromOperation", post(FinalStateVia.AZURE_ASYNC_OPERATION).name());
    assertEquals(0, server.count("GET", LOC));
  }

  @Test
  void withOnlyAnAsyncOperationTheDefaultReadsItsResultFields() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, Reply.json(200, OPERATION_WITH_RESULT));

    assertEquals("fromOperation", post(FinalStateVia.DEFAULT).name());
    assertEquals(0, server.count("GET", RES));
  }

  @Test
  void withOnlyAnAsyncOperationOfStatusFieldsTheDefaultHasNoResult() {
    server.on("POST", RES, Reply.status(202).header("Azure-AsyncOperation", OP));
    server.on("GET", OP, Reply.json(200, "{\"id\":\"x\",\"name\":\"op\",\"status\":\"Succeeded\",\"startTime\":\"2024-01-01T00:00:00Z\"}"));

    assertNull(post(FinalStateVia.DEFAULT));
    assertEquals(0, server.count("GET", RES));
  }
}
