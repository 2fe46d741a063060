package io.armgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.armgen.runtime.arm.ArmClientBuilder;
import java.time.Duration;
import java.util.Map;

/** What every lifecycle test sets up and checks the same way. */
final class ArmStubAssertions {
  private ArmStubAssertions() {}

  /** A generated client's builder pointed at {@code arm}, with its credential and millisecond polling. */
  static <B extends ArmClientBuilder<B>> B pointedAt(B builder, ArmStub arm) {
    return builder.endpoint(arm.endpoint()).credential(arm.credential()).subscriptionId(ArmStub.SUBSCRIPTION)
        .pollInterval(Duration.ofMillis(5)).minPollInterval(Duration.ofMillis(1)).lroTimeout(Duration.ofSeconds(10));
  }

  /**
   * ARM accepted every request: none was refused for a missing or wrong token, request id,
   * api-version, Content-Type or a read-only property; the token was asked for once and reused.
   */
  static void assertArmAcceptedEveryRequest(ArmStub arm) {
    assertEquals(java.util.List.of(), arm.refusals(), "requests the ARM stand-in refused");
    assertEquals(1, arm.trace().stream().filter("POST token"::equals).count(), "one token, cached: " + arm.trace());
    for (Map<String, String> headers : arm.headersSeen()) {
      assertFalse(headers.getOrDefault("x-ms-client-request-id", "").isBlank(), "request id on every request: " + headers);
    }
  }
}
