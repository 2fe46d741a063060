package io.armgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.CapturingLoggerFinder.CapturingLogger;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PipelinePoliciesTest {
  private static final URI URL = URI.create("https://management.azure.com/subscriptions/s?api-version=1&sig=SECRETSIG");

  @Test
  void policiesRunInOrderBeforeTheTransport() throws IOException {
    List<String> order = new ArrayList<>();
    HttpPipeline pipeline = new HttpPipeline(List.of(
        (request, next) -> {
          order.add("first");
          return next.proceed(request.withHeader("x-a", "1"));
        },
        (request, next) -> {
          order.add("second:" + request.header("x-a"));
          return next.proceed(request);
        }),
        request -> {
          order.add("transport");
          return new HttpResponse(200, HttpHeaders.empty(), null);
        });
    assertEquals(200, pipeline.send(HttpRequest.of("GET", URL)).statusCode());
    assertEquals(List.of("first", "second:1", "transport"), order);
  }

  @Test
  void requestIdIsAddedOnceAndKeptAcrossRetries() throws IOException {
    List<String> ids = new CopyOnWriteArrayList<>();
    HttpPipeline pipeline = new HttpPipeline(List.of(new RequestIdPolicy(), new RetryPolicy(fastRetries(3))), request -> {
      ids.add(request.header("x-ms-client-request-id"));
      return new HttpResponse(ids.size() < 3 ? 503 : 200, HttpHeaders.empty(), null);
    });
    assertEquals(200, pipeline.send(HttpRequest.of("GET", URL)).statusCode());
    assertEquals(3, ids.size());
    assertEquals(1, ids.stream().distinct().count());
    // a caller-chosen id is respected
    ids.clear();
    pipeline.send(HttpRequest.of("GET", URL).withHeader("x-ms-client-request-id", "mine"));
    assertEquals("mine", ids.get(0));
  }

  @Test
  void userAgentNamesRuntimeClientAndJava() throws IOException {
    List<String> agents = new ArrayList<>();
    new HttpPipeline(List.of(new UserAgentPolicy("KeyVault")), request -> {
      agents.add(request.header("user-agent"));
      return new HttpResponse(200, HttpHeaders.empty(), null);
    }).send(HttpRequest.of("GET", URL));
    assertEquals("armgen/" + UserAgentPolicy.ARMGEN_VERSION + " (KeyVault) Java/" + System.getProperty("java.version"), agents.get(0));
  }

  @Test
  void theUserAgentVersionIsTheBuildsVersion() {
    String built = System.getProperty("armgen.projectVersion");
    assertTrue(built != null && !built.isBlank(), "the build passes its version to the tests");
    assertEquals(built, UserAgentPolicy.ARMGEN_VERSION);
  }

  @Test
  void headersAreCaseInsensitive() {
    HttpHeaders headers = HttpHeaders.of(Map.of("Retry-After", List.of("5"), "X-Multi", List.of("a", "b")));
    assertEquals("5", headers.first("retry-after"));
    assertEquals(List.of("a", "b"), headers.all("x-MULTI"));
    assertNull(headers.first("missing"));
    assertFalse(headers.with("retry-after", null).contains("Retry-After"));
  }

  @Test
  void retryAfterReadsSecondsDatesAndMilliseconds() {
    Instant now = Instant.parse("2024-01-01T00:00:00Z");
    assertEquals(Duration.ofSeconds(7), RetryAfter.from(headers("Retry-After", "7"), now));
    assertEquals(Duration.ofSeconds(30), RetryAfter.from(headers("Retry-After", "Mon, 01 Jan 2024 00:00:30 GMT"), now));
    assertEquals(Duration.ZERO, RetryAfter.from(headers("Retry-After", "Sun, 31 Dec 2023 23:00:00 GMT"), now));
    assertEquals(Duration.ofMillis(250), RetryAfter.from(headers("x-ms-retry-after-ms", "250"), now));
    assertEquals(Duration.ofMillis(40), RetryAfter.from(headers("retry-after-ms", "40"), now));
    assertNull(RetryAfter.from(headers("Retry-After", "soon"), now));
    assertNull(RetryAfter.from(HttpHeaders.empty(), now));
  }

  @Test
  void retriesTransientStatusesUpToTheCap() throws IOException {
    for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
      int[] calls = {0};
      HttpResponse response = new HttpPipeline(List.of(new RetryPolicy(fastRetries(2))), request -> {
        calls[0]++;
        return new HttpResponse(status, HttpHeaders.empty(), null);
      }).send(HttpRequest.of("GET", URL));
      assertEquals(status, response.statusCode());
      assertEquals(3, calls[0], "1 attempt + 2 retries for " + status);
    }
    int[] calls = {0};
    new HttpPipeline(List.of(new RetryPolicy(fastRetries(2))), request -> {
      calls[0]++;
      return new HttpResponse(404, HttpHeaders.empty(), null);
    }).send(HttpRequest.of("GET", URL));
    assertEquals(1, calls[0], "404 is not retried");
  }

  @Test
  void postIsRetriedOnlyWhenTheServerCannotHaveActed() throws IOException {
    int[] calls = {0};
    HttpPipeline plain500 = new HttpPipeline(List.of(new RetryPolicy(fastRetries(3))), request -> {
      calls[0]++;
      return new HttpResponse(500, HttpHeaders.empty(), null);
    });
    plain500.send(HttpRequest.of("POST", URL));
    assertEquals(1, calls[0], "POST + 500: not retried");

    calls[0] = 0;
    new HttpPipeline(List.of(new RetryPolicy(fastRetries(3))), request -> {
      calls[0]++;
      return new HttpResponse(calls[0] < 3 ? 429 : 200, headers("Retry-After", "0"), null);
    }).send(HttpRequest.of("PATCH", URL));
    assertEquals(3, calls[0], "PATCH + 429 with Retry-After: retried");

    calls[0] = 0;
    HttpPipeline resetting = new HttpPipeline(List.of(new RetryPolicy(fastRetries(3))), request -> {
      calls[0]++;
      throw new IOException("connection reset");
    });
    assertThrows(IOException.class, () -> resetting.send(HttpRequest.of("POST", URL)));
    assertEquals(1, calls[0], "POST + broken connection: not retried");

    calls[0] = 0;
    HttpPipeline refusing = new HttpPipeline(List.of(new RetryPolicy(fastRetries(3))), request -> {
      calls[0]++;
      throw new java.net.ConnectException("refused");
    });
    IOException e = assertThrows(IOException.class, () -> refusing.send(HttpRequest.of("POST", URL)));
    assertEquals(4, calls[0], "POST + connection refused: retried");
    assertTrue(e instanceof java.net.ConnectException);
  }

  @Test
  void getIsRetriedOnBrokenConnections() throws IOException {
    int[] calls = {0};
    HttpResponse response = new HttpPipeline(List.of(new RetryPolicy(fastRetries(3))), request -> {
      if (++calls[0] < 3) {
        throw new IOException("connection reset");
      }
      return new HttpResponse(200, HttpHeaders.empty(), null);
    }).send(HttpRequest.of("GET", URL));
    assertEquals(200, response.statusCode());
    assertEquals(3, calls[0]);
  }

  @Test
  void backoffIsExponentialAndCapped() throws IOException {
    List<Long> gaps = new ArrayList<>();
    long[] last = {System.nanoTime()};
    new HttpPipeline(List.of(new RetryPolicy(new RetryOptions(4, Duration.ofMillis(20), Duration.ofMillis(70)))), request -> {
      long now = System.nanoTime();
      gaps.add((now - last[0]) / 1_000_000);
      last[0] = now;
      return new HttpResponse(503, HttpHeaders.empty(), null);
    }).send(HttpRequest.of("GET", URL));
    // gaps[1..4] are the waits: about 20, 40, 70 (capped), 70 (capped), each with ±20% jitter
    assertEquals(5, gaps.size());
    assertTrue(gaps.get(1) >= 15, "first wait " + gaps);
    assertTrue(gaps.get(2) >= 31, "second wait " + gaps);
    assertTrue(gaps.get(4) >= 55, "capped wait " + gaps);
  }

  @Test
  void loggingHidesSecretsAndNamesTheRequestId() throws IOException {
    List<String> lines = new CopyOnWriteArrayList<>();
    System.Logger logger = new CapturingLogger("test", lines);
    HttpPipeline pipeline = new HttpPipeline(List.of(new RequestIdPolicy(), new LoggingPolicy(logger)),
        request -> new HttpResponse(404, HttpHeaders.of(Map.of("x-ms-request-id", List.of("srv"), "Set-Cookie", List.of("c=SECRETCOOKIE"))), null));
    pipeline.send(HttpRequest.of("GET", URL).withHeader("Authorization", "Bearer SECRETTOKEN")
        .withHeader("x-api-key", "SECRETKEY").withHeader("x-ms-client-request-id", "rid-1"));
    String all = String.join("\n", lines);
    assertTrue(all.contains("--> GET https://management.azure.com/subscriptions/s?api-version=1&sig=REDACTED (x-ms-client-request-id: rid-1)"), all);
    assertTrue(all.contains("DEBUG <-- 404 GET"), all);
    assertTrue(all.contains("x-ms-request-id: srv"), all);
    assertTrue(all.contains("authorization=REDACTED"), all);
    for (String secret : List.of("SECRETSIG", "SECRETTOKEN", "SECRETKEY", "SECRETCOOKIE")) {
      assertFalse(all.contains(secret), secret + " leaked: " + all);
    }
  }

  static RetryOptions fastRetries(int max) {
    return new RetryOptions(max, Duration.ofMillis(1), Duration.ofMillis(5));
  }

  static HttpHeaders headers(String name, String value) {
    return HttpHeaders.of(Map.of(name, List.of(value)));
  }
}
