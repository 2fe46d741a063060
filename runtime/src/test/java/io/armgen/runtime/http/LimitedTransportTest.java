package io.armgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LimitedTransportTest {
  /** A transport whose exchanges end when the test says so; it records what was sent. */
  private static final class HeldTransport implements HttpTransport {
    final List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<HttpResponse>> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public HttpResponse send(HttpRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
      sent.add(request);
      CompletableFuture<HttpResponse> exchange = new CompletableFuture<>();
      exchanges.add(exchange);
      return exchange;
    }

    void answer(int index) {
      exchanges.get(index).complete(new HttpResponse(200, HttpHeaders.empty(), null));
    }
  }

  private static HttpRequest request(String name) {
    return HttpRequest.of("GET", URI.create("https://management.azure.com/" + name));
  }

  private static HttpRequest request(String name, CallContext context) {
    return request(name).withContext(context);
  }

  @Test
  void atMostTheLimitAreInFlightAndTheRestStartInOrderAsPlacesFree() throws Exception {
    HeldTransport inner = new HeldTransport();
    LimitedTransport limited = new LimitedTransport(inner, 2);
    List<CompletableFuture<HttpResponse>> calls = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      calls.add(limited.sendAsync(request(name)));
    }
    assertEquals(List.of("/a", "/b"), paths(inner));
    inner.answer(1);
    assertEquals(200, calls.get(1).get().statusCode());
    assertEquals(List.of("/a", "/b", "/c"), paths(inner));
    assertFalse(calls.get(2).isDone());
    inner.exchanges.get(0).completeExceptionally(new IOException("connection reset"));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> calls.get(0).get());
    assertEquals("connection reset", failed.getCause().getMessage());
    assertEquals(List.of("/a", "/b", "/c", "/d"), paths(inner), "a failure frees its place too");
    inner.answer(2);
    inner.answer(3);
    assertEquals(200, calls.get(3).get().statusCode());
  }

  @Test
  void aWaitingRequestThatIsCancelledFailsAtOnceAndIsNeverSent() throws Exception {
    HeldTransport inner = new HeldTransport();
    LimitedTransport limited = new LimitedTransport(inner, 1);
    limited.sendAsync(request("first"));
    Cancellation cancellation = new Cancellation();
    CompletableFuture<HttpResponse> waiting = limited.sendAsync(request("second", CallContext.start(null, cancellation)));
    cancellation.cancel();
    ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
    assertInstanceOf(RequestCancelledException.class, failed.getCause());
    CompletableFuture<HttpResponse> third = limited.sendAsync(request("third"));
    inner.answer(0);
    assertEquals(List.of("/first", "/third"), paths(inner), "the cancelled request gave its turn to the next");
    inner.answer(1);
    assertEquals(200, third.get().statusCode());
  }

  @Test
  void aWaitingRequestEndsAtItsCallDeadlineWithoutBeingSent() {
    HeldTransport inner = new HeldTransport();
    LimitedTransport limited = new LimitedTransport(inner, 1);
    limited.sendAsync(request("first"));
    CompletableFuture<HttpResponse> waiting = limited.sendAsync(request("second",
        CallContext.start(Duration.ofMillis(50), null)));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
    DeadlineExceededException deadline = assertInstanceOf(DeadlineExceededException.class, failed.getCause());
    assertTrue(deadline.isCallDeadline());
    assertEquals(Duration.ofMillis(50), deadline.limit());
    assertTrue(deadline.getMessage().contains("1 requests were in flight"), deadline.getMessage());
    inner.answer(0);
    assertEquals(List.of("/first"), paths(inner));
  }

  @Test
  void exchangesThatFailAtOnceDoNotNestOneStartInsideAnother() throws Exception {
    List<HttpRequest> sent = new CopyOnWriteArrayList<>();
    CompletableFuture<HttpResponse> gate = new CompletableFuture<>();
    HttpTransport failsAtOnceAfterTheFirst = new HttpTransport() {
      @Override
      public HttpResponse send(HttpRequest request) {
        throw new UnsupportedOperationException();
      }

      @Override
      public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
        sent.add(request);
        if (sent.size() == 1) {
          return gate;
        }
        if (Thread.currentThread().getStackTrace().length > 400) {
          throw new AssertionError("a start ran inside another start's completion");
        }
        return CompletableFuture.failedFuture(new IOException("refused"));
      }
    };
    LimitedTransport limited = new LimitedTransport(failsAtOnceAfterTheFirst, 1);
    limited.sendAsync(request("first"));
    List<CompletableFuture<HttpResponse>> queued = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      queued.add(limited.sendAsync(request("q" + i)));
    }
    gate.complete(new HttpResponse(200, HttpHeaders.empty(), null));
    for (CompletableFuture<HttpResponse> call : queued) {
      ExecutionException failed = assertThrows(ExecutionException.class, call::get);
      assertEquals("refused", failed.getCause().getMessage());
    }
    assertEquals(5_001, sent.size());
  }

  @Test
  void sendWaitsAndRethrowsTheTransportsFailureAsItWas() throws Exception {
    LimitedTransport limited = new LimitedTransport(request -> {
      throw new IOException("unreachable");
    }, 1);
    IOException failed = assertThrows(IOException.class, () -> limited.send(request("x")));
    assertEquals("unreachable", failed.getMessage());
    LimitedTransport answering = new LimitedTransport(request -> new HttpResponse(204, HttpHeaders.empty(), null), 1);
    assertEquals(204, Futures.await(answering.sendAsync(request("y")), () -> { }).statusCode());
    assertEquals(204, answering.send(request("z")).statusCode());
  }

  @Test
  void theDefaultLimitFollowsTheHeapAndALimitMustBePositive() {
    assertEquals(Math.max(64, Runtime.getRuntime().maxMemory() >> 16), LimitedTransport.defaultLimit());
    assertThrows(IllegalArgumentException.class, () -> new LimitedTransport(request -> null, 0));
  }

  private static List<String> paths(HeldTransport inner) {
    return inner.sent.stream().map(r -> r.uri().getPath()).toList();
  }
}
