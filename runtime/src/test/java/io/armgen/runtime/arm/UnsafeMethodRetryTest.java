package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which failed requests are sent again, seen from the server. POST and PATCH may not be
 * idempotent: of the transient statuses only 429 and 503 that carry a retry-after header (the
 * service says it did not act and when to come back) are retried; the same statuses without one,
 * and 408/500/502/504 even with one, are answered at once. GET, PUT and DELETE are retried on every
 * transient status, with or without the header.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnsafeMethodRetryTest {
  private static final String RES = "/subscriptions/sub1/providers/Microsoft.Test/things/t1";
  private static final List<String> RETRY_HEADERS = List.of("Retry-After", "retry-after-ms", "x-ms-retry-after-ms");

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

  /** Sends {@code method} and returns the status it ended with (a ManagementException's for a failure). */
  private int send(String method) {
    try {
      core.send(ArmRequest.builder(method, RES).expect(200).build(), null);
      return 200;
    } catch (ManagementException e) {
      return e.statusCode();
    }
  }

  static Stream<Arguments> unsafeMethodsAndStatuses() {
    return Stream.of("POST", "PATCH").flatMap(m -> Stream.of(429, 503).map(s -> Arguments.of(m, s)));
  }

  @ParameterizedTest(name = "{0} answered {1} without a retry-after header is not sent again")
  @MethodSource("unsafeMethodsAndStatuses")
  void throttledUnsafeRequestWithoutRetryAfterIsNotRepeated(String method, int status) {
    server.on(method, RES, Reply.status(status), Reply.json(200, "{}"));
    assertEquals(status, send(method));
    assertEquals(1, server.count(method, RES));
  }

  static Stream<Arguments> unsafeMethodsStatusesAndHeaders() {
    return unsafeMethodsAndStatuses().flatMap(a -> RETRY_HEADERS.stream().map(h -> Arguments.of(a.get()[0], a.get()[1], h)));
  }

  @ParameterizedTest(name = "{0} answered {1} with {2} is sent again")
  @MethodSource("unsafeMethodsStatusesAndHeaders")
  void throttledUnsafeRequestWithRetryAfterIsRepeated(String method, int status, String header) {
    server.on(method, RES, Reply.status(status).header(header, "0"), Reply.json(200, "{}"));
    assertEquals(200, send(method));
    assertEquals(2, server.count(method, RES));
  }

  static Stream<Arguments> unsafeMethodsAndOtherTransientStatuses() {
    return Stream.of("POST", "PATCH").flatMap(m -> Stream.of(408, 500, 502, 504).map(s -> Arguments.of(m, s)));
  }

  @ParameterizedTest(name = "{0} answered {1} is not sent again, even with Retry-After")
  @MethodSource("unsafeMethodsAndOtherTransientStatuses")
  void otherTransientStatusesAreNotRepeatedForUnsafeMethods(String method, int status) {
    server.on(method, RES, Reply.status(status).header("Retry-After", "0"), Reply.json(200, "{}"));
    assertEquals(status, send(method));
    assertEquals(1, server.count(method, RES));
  }

  static Stream<Arguments> idempotentMethodsAndStatuses() {
    return Stream.of("GET", "PUT", "DELETE").flatMap(m -> Stream.of(408, 429, 500, 502, 503, 504).map(s -> Arguments.of(m, s)));
  }

  @ParameterizedTest(name = "{0} answered {1} without a retry-after header is sent again")
  @MethodSource("idempotentMethodsAndStatuses")
  void idempotentRequestsAreRepeatedWithoutRetryAfter(String method, int status) {
    server.on(method, RES, Reply.status(status), Reply.json(200, "{}"));
    assertEquals(200, send(method));
    assertEquals(2, server.count(method, RES));
  }
}
