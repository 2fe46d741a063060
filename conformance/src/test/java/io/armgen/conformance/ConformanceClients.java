package io.armgen.conformance;

import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.http.RetryOptions;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Points a generated client's builder at the test server: its endpoint instead of the Swagger
 * file's {@code localhost:3000}, an HTTP client with its own cookie jar (the server keeps each
 * scenario's state in a {@code scenario} cookie), short poll and retry delays so the
 * long-running and retry scenarios take milliseconds, and no credential (loopback needs none).
 */
final class ConformanceClients {
  private ConformanceClients() {}

  static <B extends ArmClientBuilder<B>> B configure(B builder, TestServer server) {
    HttpClient http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    return builder.endpoint(server.endpoint())
        .httpClient(http)
        .pollInterval(Duration.ofMillis(10))
        .minPollInterval(Duration.ofMillis(1))
        .lroTimeout(Duration.ofSeconds(30))
        .responseTimeout(Duration.ofSeconds(30))
        .retryOptions(new RetryOptions(3, Duration.ofMillis(10), Duration.ofMillis(50)));
  }
}
