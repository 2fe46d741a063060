package io.armgen.conformance;

import static io.armgen.conformance.LroFixtures.assertDone;
import static io.armgen.conformance.LroFixtures.assertSucceeded;
import static io.armgen.conformance.LroFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.LRORetrysClient;
import io.armgen.runtime.arm.ManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** {@code lro.json}, group {@code LRORetrys}: the first request (or poll) answers 500; the retry succeeds. */
@ExtendWith(TestServerExtension.class)
class LroRetrysTest {
  private static LRORetrysClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LRORetrysClient.builder(), server).build();
  }

  @Test
  void put201CreatingSucceeded200() {
    assertSucceeded(client.put201creatingSucceeded200(product()));
  }

  @Test
  void putAsyncRelativeRetrySucceeded() {
    assertSucceeded(client.putAsyncRelativeRetrySucceeded(product()));
  }

  @Test
  void deleteProvisioning202Accepted200Succeeded() {
    assertSucceeded(client.deleteProvisioning202Accepted200Succeeded());
  }

  @Test
  void delete202Retry200() {
    assertDone(client.beginDelete202retry200());
  }

  @Test
  void deleteAsyncRelativeRetrySucceeded() {
    assertDone(client.beginDeleteAsyncRelativeRetrySucceeded());
  }

  /**
   * The runtime does not retry a POST that answered 500: a POST is not idempotent, so it is retried
   * only when it never reached the service or on 429/503 with Retry-After. The server wants a
   * retry here, so this scenario is not passed, by design.
   */
  @Test
  void post202Retry200() {
    assertNotRetried(() -> client.post202retry200(product()));
  }

  /** Not passed by design, as {@link #post202Retry200()}. */
  @Test
  void postAsyncRelativeRetrySucceeded() {
    assertNotRetried(() -> client.postAsyncRelativeRetrySucceeded(product()));
  }

  private static void assertNotRetried(Executable call) {
    ManagementException e = assertThrows(ManagementException.class, call);
    assertEquals(500, e.statusCode());
  }
}
