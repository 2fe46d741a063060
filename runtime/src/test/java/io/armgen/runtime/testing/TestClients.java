package io.armgen.runtime.testing;

import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.arm.ArmClientCore;
import io.armgen.runtime.http.RetryOptions;
import java.time.Duration;

/** A builder like a generated one, with fast test defaults. */
public final class TestClients extends ArmClientBuilder<TestClients> {
  public static final String API_VERSION = "2024-01-01";

  public TestClients() {
    super(API_VERSION, "TestService");
  }

  /** A builder for {@code endpoint} with 10 ms polls (1 ms minimum), a 5 s response timeout and millisecond retry backoff. */
  public static TestClients forEndpoint(String endpoint) {
    return new TestClients().endpoint(endpoint).subscriptionId("sub1")
        .pollInterval(Duration.ofMillis(10)).minPollInterval(Duration.ofMillis(1)).lroTimeout(Duration.ofSeconds(10))
        .responseTimeout(Duration.ofSeconds(5))
        .retryOptions(new RetryOptions(3, Duration.ofMillis(1), Duration.ofMillis(20)));
  }

  public ArmClientCore build() {
    return buildCore();
  }
}
