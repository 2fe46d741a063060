package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.http.Cancellation;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.RawSocketServer;
import io.armgen.runtime.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 13 §3 and the cancellation handle of issue 15 §2: waits are bounded and say what happened. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeadlineTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final String OP = "/subscriptions/sub1/providers/Microsoft.Test/operations/op1";

  /** Headers at once, then one byte a second (a Content-Length it never reaches). */
  private static final RawSocketServer.Behaviour DRIP = (socket, out) -> {
    RawSocketServer.writeHead(out, 200, 1_000);
    for (int i = 0; i < 1_000; i++) {
      out.write(' ');
      out.flush();
      Thread.sleep(1_000);
    }
  };

  private static ArmRequest get(RequestOptions options) {
    return ArmRequest.builder("GET", RES).query("api-version", "1").expect(200).options(options).build();
  }

  private static long millisSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  @Test
  void aDrippingBodyIsCutAtTheCallsOverallTimeoutWithTheRealFigures() throws Exception {
    try (RawSocketServer raw = new RawSocketServer(DRIP)) {
      // per attempt 1.5 s and 3 retries: without an overall deadline this is four attempts (6 s and more)
      ArmClientCore core = TestClients.forEndpoint(raw.url()).responseTimeout(Duration.ofMillis(1_500))
          .timeout(Duration.ofSeconds(2)).build();
      long start = System.nanoTime();
      ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class, () -> core.send(get(null), null));
      long took = millisSince(start);
      assertTrue(took >= 1_900 && took < 3_500, "took " + took + " ms for a 2 s call timeout");
      assertTrue(e.getMessage().contains("the call's timeout is PT2S"), e.getMessage());
      assertTrue(e.getMessage().contains("after 2."), e.getMessage());
      assertTrue(e.getMessage().contains("2 attempts"), e.getMessage());
    }
  }

  @Test
  void aPerCallTimeoutOverridesTheClients() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", RES, Reply.json(200, "{}").delayed(5_000));
      ArmClientCore core = TestClients.forEndpoint(server.url()).build();
      long start = System.nanoTime();
      ResponseTimeoutException e = assertThrows(ResponseTimeoutException.class,
          () -> core.send(get(new RequestOptions().timeout(Duration.ofMillis(400))), null));
      assertTrue(millisSince(start) < 2_000, "took " + millisSince(start) + " ms");
      assertTrue(e.getMessage().contains("PT0.4S"), e.getMessage());
    }
  }

  @Test
  void waitForCompletionWithALimitCutsThePollInFlightAndIsAnLroTimeout() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", server.url() + OP));
      server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}").delayed(20_000));
      ArmClientCore core = TestClients.forEndpoint(server.url()).responseTimeout(Duration.ofSeconds(30)).build();
      LroPoller<Void> poller = core.beginLongRunning(
          ArmRequest.builder("DELETE", RES).query("api-version", "1").expect(202).build(), FinalStateVia.DEFAULT, null);
      long start = System.nanoTime();
      LroTimeoutException e = assertThrows(LroTimeoutException.class, () -> poller.waitForCompletion(Duration.ofSeconds(1)));
      assertTrue(millisSince(start) < 2_500, "took " + millisSince(start) + " ms for a 1 s limit");
      assertTrue(e.getMessage().contains("did not end within PT1S"), e.getMessage());
    }
  }

  @Test
  void retryAfterZeroIsHeldToTheDefaultMinimumPollDelay() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", server.url() + OP));
      server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}").header("Retry-After", "0"));
      // the builder's defaults, but for the poll interval (the minimum stays the default 1 s)
      ArmClientCore core = new TestClients().endpoint(server.url()).subscriptionId("sub1")
          .pollInterval(Duration.ofMillis(10)).build();
      LroPoller<Void> poller = core.beginLongRunning(
          ArmRequest.builder("DELETE", RES).query("api-version", "1").expect(202).build(), FinalStateVia.DEFAULT, null);
      assertThrows(LroTimeoutException.class, () -> poller.waitForCompletion(Duration.ofMillis(2_500)));
      long polls = server.count("GET", OP);
      assertTrue(polls >= 1 && polls <= 3, polls + " polls in 2.5 s despite a 1 s minimum delay");
    }
  }

  @Test
  void aLowerMinimumPollDelayIsTheUsersChoice() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("DELETE", RES, Reply.status(202).header("Azure-AsyncOperation", server.url() + OP));
      server.on("GET", OP, Reply.json(200, "{\"status\":\"InProgress\"}").header("Retry-After", "0"),
          Reply.json(200, "{\"status\":\"InProgress\"}").header("Retry-After", "0"),
          Reply.json(200, "{\"status\":\"Succeeded\"}"));
      ArmClientCore core = TestClients.forEndpoint(server.url()).minPollInterval(Duration.ofMillis(50)).build();
      long start = System.nanoTime();
      core.beginLongRunning(ArmRequest.builder("DELETE", RES).query("api-version", "1").expect(202).build(),
          FinalStateVia.DEFAULT, null).waitForCompletion();
      assertTrue(millisSince(start) >= 150, "three polls 50 ms apart took " + millisSince(start) + " ms");
      assertEquals(3, server.count("GET", OP));
    }
  }

  @Test
  void cancellingFailsTheCallPromptlyAndAbortsTheExchange() throws Exception {
    AtomicLong closedAt = new AtomicLong();
    try (RawSocketServer raw = new RawSocketServer((socket, out) -> {
      // never answers; notes when the client closes the connection
      if (socket.getInputStream().read() == -1) {
        closedAt.set(System.nanoTime());
      }
    })) {
      ArmClientCore core = TestClients.forEndpoint(raw.url()).responseTimeout(Duration.ofSeconds(30)).build();
      Cancellation cancellation = new Cancellation();
      CompletableFuture<Object> call = core.sendAsync(get(new RequestOptions().cancellation(cancellation)), p -> p.getText());
      Thread.sleep(300);
      long cancelled = System.nanoTime();
      cancellation.cancel();
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(1, TimeUnit.SECONDS));
      assertInstanceOf(CallCancelledException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("cancelled"), e.getCause().getMessage());
      for (int i = 0; i < 50 && closedAt.get() == 0; i++) {
        Thread.sleep(20);
      }
      assertTrue(closedAt.get() != 0, "the exchange was not aborted: the connection is still open");
      assertTrue(Duration.ofNanos(closedAt.get() - cancelled).toMillis() < 1_000);
      // a call started with a cancelled handle fails at once, sending nothing
      int before = raw.connections();
      assertThrows(CallCancelledException.class, () -> core.send(get(new RequestOptions().cancellation(cancellation)), null));
      assertEquals(before, raw.connections());
    }
  }

  @Test
  void anInterruptedSyncCallIsCancelledAndItsExchangeAborted() throws Exception {
    AtomicLong closedAt = new AtomicLong();
    try (RawSocketServer raw = new RawSocketServer((socket, out) -> {
      if (socket.getInputStream().read() == -1) {
        closedAt.set(System.nanoTime());
      }
    })) {
      ArmClientCore core = TestClients.forEndpoint(raw.url()).responseTimeout(Duration.ofSeconds(30)).build();
      CompletableFuture<Throwable> thrown = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          core.send(get(null), null);
          thrown.complete(null);
        } catch (RuntimeException e) {
          thrown.complete(e);
        }
      });
      caller.start();
      Thread.sleep(300);
      caller.interrupt();
      assertInstanceOf(CallCancelledException.class, thrown.get(1, TimeUnit.SECONDS));
      for (int i = 0; i < 50 && closedAt.get() == 0; i++) {
        Thread.sleep(20);
      }
      assertTrue(closedAt.get() != 0, "the exchange was not aborted");
    }
  }
}
