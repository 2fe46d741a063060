package io.armgen.conformance;

import static io.armgen.conformance.LroFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.LROsCustomHeaderClient;
import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.Product;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.LroStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code lro.json}, group {@code LROsCustomHeader}: the server checks that the caller's own
 * {@code x-ms-client-request-id} reaches the initial request and every poll, so the client gets a
 * policy that sets it (the runtime keeps a request id a policy set; it only adds one when missing).
 */
@ExtendWith(TestServerExtension.class)
class LroCustomHeaderTest {
  private static final String REQUEST_ID = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
  private static LROsCustomHeaderClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LROsCustomHeaderClient.builder(), server)
        .addPolicy((request, next) -> next.proceed(request.withHeader("x-ms-client-request-id", REQUEST_ID)))
        .build();
  }

  @Test
  void putAsyncRetrySucceeded() {
    Product result = client.putAsyncRetrySucceeded(product());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void put201CreatingSucceeded200() {
    Product result = client.put201creatingSucceeded200(product());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void post202Retry200() {
    LroPoller<Void> poller = client.beginPost202retry200(product());
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void postAsyncRetrySucceeded() {
    LroPoller<Void> poller = client.beginPostAsyncRetrySucceeded(product());
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }
}
