package io.armgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.auth.AccessToken;
import io.armgen.runtime.auth.AuthenticationException;
import io.armgen.runtime.auth.TokenCredential;
import io.armgen.runtime.auth.TokenRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BearerTokenPolicyTest {
  private static final URI HTTPS = URI.create("https://management.azure.com/x");

  /** A clock tests move by hand. */
  static final class ManualClock extends Clock {
    volatile Instant now = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static HttpPipeline pipeline(BearerTokenPolicy policy, List<String> seen) {
    return new HttpPipeline(List.of(policy), request -> {
      synchronized (seen) {
        seen.add(request.header("authorization"));
      }
      return new HttpResponse(200, HttpHeaders.empty(), null);
    });
  }

  @Test
  void cachesUntilFiveMinutesBeforeExpiry() throws IOException {
    ManualClock clock = new ManualClock();
    AtomicInteger calls = new AtomicInteger();
    TokenCredential credential = request -> new AccessToken("t" + calls.incrementAndGet(), clock.now.plus(Duration.ofHours(1)));
    List<String> seen = new ArrayList<>();
    HttpPipeline pipeline = pipeline(new BearerTokenPolicy(credential, TokenRequest.forScopes("s"), clock), seen);

    pipeline.send(HttpRequest.of("GET", HTTPS));
    clock.now = clock.now.plus(Duration.ofMinutes(54));
    pipeline.send(HttpRequest.of("GET", HTTPS));
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    pipeline.send(HttpRequest.of("GET", HTTPS));

    assertEquals(List.of("Bearer t1", "Bearer t1", "Bearer t2"), seen);
  }

  @Test
  void refreshesOnceUnderConcurrency() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    TokenCredential slow = request -> {
      calls.incrementAndGet();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new AccessToken("shared", Instant.now().plus(Duration.ofHours(1)));
    };
    List<String> seen = new ArrayList<>();
    HttpPipeline pipeline = pipeline(new BearerTokenPolicy(slow, "s"), seen);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<HttpResponse>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return pipeline.send(HttpRequest.of("GET", HTTPS));
        }));
      }
      start.countDown();
      for (Future<HttpResponse> result : results) {
        assertEquals(200, result.get(5, TimeUnit.SECONDS).statusCode());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, calls.get());
    assertEquals(16, seen.size());
    assertTrue(seen.stream().allMatch("Bearer shared"::equals));
  }

  @Test
  void refusesPlainHttpExceptToThisMachine() throws IOException {
    List<String> seen = new ArrayList<>();
    HttpPipeline pipeline = pipeline(new BearerTokenPolicy(request -> new AccessToken("SECRET", Instant.MAX), "s"), seen);
    InsecureTransportException e = assertThrows(InsecureTransportException.class,
        () -> pipeline.send(HttpRequest.of("GET", URI.create("http://example.com/x"))));
    assertTrue(e.getMessage().contains("example.com"));
    assertFalse(e.getMessage().contains("SECRET"));
    assertTrue(seen.isEmpty());
    for (String local : List.of("http://localhost:1/x", "http://127.0.0.1/x", "http://127.8.9.10/x", "http://[::1]:8080/x")) {
      pipeline.send(HttpRequest.of("GET", URI.create(local)));
    }
    assertEquals(4, seen.size());
    assertThrows(InsecureTransportException.class, () -> pipeline.send(HttpRequest.of("GET", URI.create("http://127.0.0.1.evil.com/x"))));
    // issue 13 §1: a name under .localhost is a DNS name like any other, not this machine
    InsecureTransportException sub = assertThrows(InsecureTransportException.class,
        () -> pipeline.send(HttpRequest.of("GET", URI.create("http://attacker.localhost/x"))));
    assertTrue(sub.getMessage().contains("attacker.localhost"), sub.getMessage());
    assertEquals(4, seen.size());
  }

  @Test
  void credentialFailureNamesTheRequestId() {
    TokenCredential failing = request -> {
      throw new AuthenticationException("endpoint down");
    };
    HttpPipeline pipeline = new HttpPipeline(List.of(new RequestIdPolicy(), new BearerTokenPolicy(failing, "s")),
        request -> new HttpResponse(200, HttpHeaders.empty(), null));
    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> pipeline.send(HttpRequest.of("GET", HTTPS).withHeader("x-ms-client-request-id", "rid-9")));
    assertTrue(e.getMessage().contains("rid-9"), e.getMessage());
    assertTrue(e.getMessage().contains("endpoint down"), e.getMessage());
  }
}
