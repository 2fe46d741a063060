package io.armgen.conformance;

import static io.armgen.conformance.LroFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.LROSADsClient;
import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.Product;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.LroStatus;
import io.armgen.runtime.arm.MalformedResponseException;
import io.armgen.runtime.arm.ManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code lro.json}, group {@code LROSADs}: errors on the first call or while polling (400s, no or
 * bogus poll URLs, unreadable bodies). Each must end in a typed exception, never a hang or a poll
 * of a URL the server marks as not-to-be-called.
 */
@ExtendWith(TestServerExtension.class)
class LroSadsTest {
  private static LROSADsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LROSADsClient.builder(), server).build();
  }

  private static void assertStatus(int status, Executable call) {
    ManagementException e = assertThrows(ManagementException.class, call);
    assertEquals(status, e.statusCode(), e::getMessage);
  }

  private static void assertMalformed(Executable call) {
    assertThrows(MalformedResponseException.class, call);
  }

  @Test
  void putNonRetry400() {
    assertStatus(400, () -> client.putNonRetry400(product()));
  }

  @Test
  void putNonRetry201Creating400() {
    assertStatus(400, () -> client.putNonRetry201Creating400(product()));
  }

  @Test
  void putNonRetry201Creating400InvalidJson() {
    assertStatus(400, () -> client.putNonRetry201Creating400InvalidJson(product()));
  }

  @Test
  void putAsyncRelativeRetry400() {
    assertStatus(400, () -> client.putAsyncRelativeRetry400(product()));
  }

  @Test
  void deleteNonRetry400() {
    assertStatus(400, client::deleteNonRetry400);
  }

  @Test
  void delete202NonRetry400() {
    assertStatus(400, client::delete202nonRetry400);
  }

  @Test
  void deleteAsyncRelativeRetry400() {
    assertStatus(400, client::deleteAsyncRelativeRetry400);
  }

  @Test
  void postNonRetry400() {
    assertStatus(400, () -> client.postNonRetry400(product()));
  }

  @Test
  void post202NonRetry400() {
    assertStatus(400, () -> client.post202nonRetry400(product()));
  }

  @Test
  void postAsyncRelativeRetry400() {
    assertStatus(400, () -> client.postAsyncRelativeRetry400(product()));
  }

  @Test
  void putError201NoProvisioningStatePayload() {
    // 201 without a body (so without provisioningState): done; the final GET answers 200 empty too
    LroPoller<Product> poller = client.beginPutError201NoProvisioningStatePayload(product());
    assertNull(poller.waitForCompletion());
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void putAsyncRelativeRetryNoStatus() {
    assertMalformed(() -> client.putAsyncRelativeRetryNoStatus(product()));
  }

  @Test
  void putAsyncRelativeRetryNoStatusPayload() {
    assertMalformed(() -> client.putAsyncRelativeRetryNoStatusPayload(product()));
  }

  @Test
  void delete204Succeeded() {
    LroPoller<Void> poller = client.beginDelete204succeeded();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteAsyncRelativeRetryNoStatus() {
    assertMalformed(client::deleteAsyncRelativeRetryNoStatus);
  }

  @Test
  void post202NoLocation() {
    // a 202 without any poll URL cannot be followed: the operation is taken as accepted and done
    LroPoller<Void> poller = client.beginPost202noLocation(product());
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void postAsyncRelativeRetryNoPayload() {
    assertMalformed(() -> client.postAsyncRelativeRetryNoPayload(product()));
  }

  @Test
  void put200InvalidJson() {
    assertMalformed(() -> client.put200invalidJson(product()));
  }

  @Test
  void putAsyncRelativeRetryInvalidHeader() {
    assertStatus(404, () -> client.putAsyncRelativeRetryInvalidHeader(product()));
  }

  @Test
  void putAsyncRelativeRetryInvalidJsonPolling() {
    assertMalformed(() -> client.putAsyncRelativeRetryInvalidJsonPolling(product()));
  }

  @Test
  void delete202RetryInvalidHeader() {
    assertStatus(404, client::delete202retryInvalidHeader);
  }

  @Test
  void deleteAsyncRelativeRetryInvalidHeader() {
    assertStatus(404, client::deleteAsyncRelativeRetryInvalidHeader);
  }

  @Test
  void deleteAsyncRelativeRetryInvalidJsonPolling() {
    assertMalformed(client::deleteAsyncRelativeRetryInvalidJsonPolling);
  }

  @Test
  void post202RetryInvalidHeader() {
    assertStatus(404, () -> client.post202retryInvalidHeader(product()));
  }

  @Test
  void postAsyncRelativeRetryInvalidHeader() {
    assertStatus(404, () -> client.postAsyncRelativeRetryInvalidHeader(product()));
  }

  @Test
  void postAsyncRelativeRetryInvalidJsonPolling() {
    assertMalformed(() -> client.postAsyncRelativeRetryInvalidJsonPolling(product()));
  }
}
