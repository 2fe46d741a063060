package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.Product;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.LroStatus;

/** What the lro.json scenarios send and expect back, shared by their test classes. */
final class LroFixtures {
  private LroFixtures() {}

  /** The product every lro.json PUT/POST sends. */
  static Product product() {
    return new Product().withLocation("West US");
  }

  /** The test server's finished product. */
  static void assertSucceeded(Product result) {
    assertEquals("100", result.id());
    assertEquals("foo", result.name());
    assertEquals("Succeeded", result.provisioningState());
  }

  /** Waits for the operation and checks it ended Succeeded. */
  static void assertDone(LroPoller<?> poller) {
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }
}
