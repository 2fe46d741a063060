package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AccessToken;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 15 §2: the non-blocking forms of the three call patterns. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncCallTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String LIST = "/subscriptions/sub1/providers/Microsoft.Test/things";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";

  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ArmRequest request(String method, String path) {
    return ArmRequest.builder(method, path).query("api-version", TestClients.API_VERSION).build();
  }

  @Test
  void sendAsyncReturnsBeforeTheResponseAndCompletesWithTheValue() throws Exception {
    server.on("GET", RES, Reply.json(200, "{\"name\":\"t1\",\"properties\":{\"size\":3}}").delayed(300));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    long start = System.nanoTime();
    CompletableFuture<TestResource> future = core.sendAsync(request("GET", RES), TestResource::fromJson);
    assertTrue((System.nanoTime() - start) / 1_000_000 < 250, "sendAsync waited for the response");
    assertFalse(future.isDone());
    assertEquals(3, future.get().size());
  }

  @Test
  void failuresArriveInTheFutureTyped() {
    server.on("GET", RES, Reply.json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"gone\"}}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    ExecutionException e = assertThrows(ExecutionException.class, () -> core.sendAsync(request("GET", RES), null).get());
    ManagementException cause = assertInstanceOf(ManagementException.class, e.getCause());
    assertEquals(404, cause.statusCode());
    assertEquals("NotFound", cause.error().code());
  }

  @Test
  void retriesHappenOnTimersAndEndInTheSameFuture() throws Exception {
    server.on("GET", RES, Reply.status(503), Reply.status(503), Reply.json(200, "{\"name\":\"t1\"}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    assertEquals("t1", core.sendAsync(request("GET", RES), TestResource::fromJson).get().name());
    assertEquals(3, server.count("GET", RES));
  }

  @Test
  void concurrentCallsShareOneTokenRefresh() throws Exception {
    server.on("GET", RES, Reply.json(200, "{}"));
    AtomicInteger refreshes = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    TokenCredential slow = tokenRequest -> {
      refreshes.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new AccessToken("shared", Instant.now().plusSeconds(3600));
    };
    ArmClientCore core = TestClients.forEndpoint(server.url()).credential(slow).build();
    List<CompletableFuture<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(core.sendAsync(request("GET", RES), null));
    }
    Thread.sleep(100);
    release.countDown();
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get();
    assertEquals(1, refreshes.get());
    assertTrue(server.requests().stream().allMatch(r -> "Bearer shared".equals(r.header("Authorization"))));
  }

  @Test
  void longRunningOperationsCompleteByTimers() throws Exception {
    server.on("PUT", RES, Reply.json(201, "{}").header("Azure-AsyncOperation", server.url() + OP));
    server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}"), Reply.json(200, "{\"status\":\"Succeeded\"}"));
    server.on("GET", RES, Reply.json(200, "{\"name\":\"t1\",\"properties\":{\"provisioningState\":\"Succeeded\"}}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    TestResource done = core.beginLongRunningAsync(request("PUT", RES), FinalStateVia.DEFAULT, TestResource::fromJson)
        .thenCompose(LroPoller::toFuture).get();
    assertEquals("t1", done.name());
    assertEquals(2, server.count("GET", OP));
  }

  @Test
  void pagesArriveAsAnAsyncSequenceAndStopWhenTheHandlerSaysSo() throws Exception {
    server.on("GET", LIST, Reply.json(200, "{\"value\":[\"a\",\"b\"],\"nextLink\":\"" + server.url() + "/p2\"}"));
    server.on("GET", "/p2", Reply.json(200, "{\"value\":[\"c\"],\"nextLink\":\"" + server.url() + "/p3\"}"));
    server.on("GET", "/p3", Reply.json(200, "{\"value\":[\"d\"]}"));
    ArmClientCore core = TestClients.forEndpoint(server.url()).build();
    AsyncPagedIterable<String> list = core.listAsync(request("GET", LIST), "value", "nextLink", p -> p.getText());
    assertEquals(0, server.requests().size(), "nothing is fetched before it is asked for");
    assertEquals(List.of("a", "b", "c", "d"), list.toList().get());

    List<String> seen = new ArrayList<>();
    list.forEachPage(page -> {
      seen.addAll(page.items());
      return false;
    }).get();
    assertEquals(List.of("a", "b"), seen);
    assertEquals(1, server.count("GET", "/p3"), "stopping after the first page fetched no more");

    Page<String> first = list.page(null).get();
    assertEquals(List.of("c"), list.page(first.continuationToken()).get().items());
  }
}
