package io.armgen.conformance;

import static io.armgen.conformance.LroFixtures.assertSucceeded;
import static io.armgen.conformance.LroFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.LROsClient;
import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.Product;
import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.Sku;
import io.armgen.conformance.autorestlongrunningoperationtestservice.v1_0_0.models.SubProduct;
import io.armgen.runtime.arm.LongRunningOperationFailedException;
import io.armgen.runtime.arm.LroPoller;
import io.armgen.runtime.arm.LroStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code lro.json}, group {@code LROs}: the happy paths and the terminal Failed/Canceled states. */
@ExtendWith(TestServerExtension.class)
class LroTest {
  private static LROsClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(LROsClient.builder(), server).build();
  }

  private static void assertFails(LroStatus status, Runnable call) {
    LongRunningOperationFailedException e = assertThrows(LongRunningOperationFailedException.class, call::run);
    assertEquals(status, e.status());
  }

  @Test
  void put200Succeeded() {
    assertSucceeded(client.put200succeeded(product()));
  }

  @Test
  void patch200SucceededIgnoreHeaders() {
    assertSucceeded(client.patch200succeededIgnoreHeaders(product()));
  }

  @Test
  void patch201RetryWithAsyncHeader() {
    LroPoller<Product> poller = client.beginPatch201retryWithAsyncHeader(product());
    Product result = poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
    assertEquals("/lro/patch/201/retry/onlyAsyncHeader", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void patch202RetryWithAsyncAndLocationHeader() {
    // the final GET goes to the original URI, not to the Location sent next to Azure-AsyncOperation
    Product result = client.patch202retryWithAsyncAndLocationHeader(product());
    assertEquals("/lro/patch/202/retry/asyncAndLocationHeader", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void put201Succeeded() {
    assertSucceeded(client.put201succeeded(product()));
  }

  @Test
  void post202List() {
    List<Product> list = client.post202list();
    assertEquals(1, list.size());
    assertEquals("100", list.get(0).id());
    assertEquals("foo", list.get(0).name());
  }

  @Test
  void put200SucceededNoState() {
    Product result = client.put200succeededNoState(product());
    assertEquals("100", result.id());
    assertEquals("foo", result.name());
    assertNull(result.provisioningState());
  }

  @Test
  void put202Retry200() {
    Product result = client.put202retry200(product());
    assertEquals("100", result.id());
    assertEquals("foo", result.name());
  }

  @Test
  void put201CreatingSucceeded200() {
    assertSucceeded(client.put201creatingSucceeded200(product()));
  }

  @Test
  void put200UpdatingSucceeded204() {
    assertSucceeded(client.put200updatingSucceeded204(product()));
  }

  @Test
  void put201CreatingFailed200() {
    assertFails(LroStatus.FAILED, () -> client.put201creatingFailed200(product()));
  }

  @Test
  void put200Acceptedcanceled200() {
    assertFails(LroStatus.CANCELED, () -> client.put200acceptedcanceled200(product()));
  }

  @Test
  void putNoHeaderInRetry() {
    Product result = client.putNoHeaderInRetry(product());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void putAsyncRetrySucceeded() {
    assertSucceeded(client.putAsyncRetrySucceeded(product()));
  }

  @Test
  void putAsyncNoRetrySucceeded() {
    assertSucceeded(client.putAsyncNoRetrySucceeded(product()));
  }

  @Test
  void putAsyncRetryFailed() {
    assertFails(LroStatus.FAILED, () -> client.putAsyncRetryFailed(product()));
  }

  @Test
  void putAsyncNoRetrycanceled() {
    assertFails(LroStatus.CANCELED, () -> client.putAsyncNoRetrycanceled(product()));
  }

  @Test
  void putAsyncNoHeaderInRetry() {
    Product result = client.putAsyncNoHeaderInRetry(product());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void putNonResource() {
    Sku result = client.putNonResource(new Sku());
    assertEquals("100", result.id());
    assertEquals("sku", result.name());
  }

  @Test
  void putAsyncNonResource() {
    Sku result = client.putAsyncNonResource(new Sku());
    assertEquals("100", result.id());
    assertEquals("sku", result.name());
  }

  @Test
  void putSubResource() {
    SubProduct result = client.putSubResource(new SubProduct());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void putAsyncSubResource() {
    SubProduct result = client.putAsyncSubResource(new SubProduct());
    assertEquals("100", result.id());
    assertEquals("Succeeded", result.provisioningState());
  }

  @Test
  void deleteProvisioning202Accepted200Succeeded() {
    assertSucceeded(client.deleteProvisioning202Accepted200Succeeded());
  }

  @Test
  void deleteProvisioning202DeletingFailed200() {
    assertFails(LroStatus.FAILED, client::deleteProvisioning202DeletingFailed200);
  }

  @Test
  void deleteProvisioning202Deletingcanceled200() {
    assertFails(LroStatus.CANCELED, client::deleteProvisioning202Deletingcanceled200);
  }

  @Test
  void delete204Succeeded() {
    LroPoller<Void> poller = client.beginDelete204succeeded();
    assertNull(poller.waitForCompletion());
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void delete202Retry200() {
    LroPoller<Product> poller = client.beginDelete202retry200();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void delete202NoRetry204() {
    LroPoller<Product> poller = client.beginDelete202noRetry204();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteNoHeaderInRetry() {
    LroPoller<Void> poller = client.beginDeleteNoHeaderInRetry();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteAsyncNoHeaderInRetry() {
    LroPoller<Void> poller = client.beginDeleteAsyncNoHeaderInRetry();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteAsyncRetrySucceeded() {
    LroPoller<Void> poller = client.beginDeleteAsyncRetrySucceeded();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteAsyncNoRetrySucceeded() {
    LroPoller<Void> poller = client.beginDeleteAsyncNoRetrySucceeded();
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void deleteAsyncRetryFailed() {
    assertFails(LroStatus.FAILED, client::deleteAsyncRetryFailed);
  }

  @Test
  void deleteAsyncRetrycanceled() {
    assertFails(LroStatus.CANCELED, client::deleteAsyncRetrycanceled);
  }

  @Test
  void post200WithPayload() {
    Sku result = client.post200withPayload();
    assertEquals("1", result.id());
    assertEquals("product", result.name());
  }

  @Test
  void post202Retry200() {
    LroPoller<Void> poller = client.beginPost202retry200(product());
    poller.waitForCompletion();
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void post202NoRetry204() {
    LroPoller<Product> poller = client.beginPost202noRetry204(product());
    assertNull(poller.waitForCompletion());
    assertEquals(LroStatus.SUCCEEDED, poller.status());
  }

  @Test
  void postDoubleHeadersFinalLocationGet() {
    Product result = client.postDoubleHeadersFinalLocationGet();
    assertEquals("100", result.id());
    assertEquals("foo", result.name());
  }

  @Test
  void postDoubleHeadersFinalAzureHeaderGet() {
    Product result = client.postDoubleHeadersFinalAzureHeaderGet();
    assertEquals("100", result.id());
  }

  @Test
  void postDoubleHeadersFinalAzureHeaderGetDefault() {
    Product result = client.postDoubleHeadersFinalAzureHeaderGetDefault();
    assertEquals("100", result.id());
    assertEquals("foo", result.name());
  }

  @Test
  void postAsyncRetrySucceeded() {
    assertSucceeded(client.postAsyncRetrySucceeded(product()));
  }

  @Test
  void postAsyncNoRetrySucceeded() {
    assertSucceeded(client.postAsyncNoRetrySucceeded(product()));
  }

  @Test
  void postAsyncRetryFailed() {
    assertFails(LroStatus.FAILED, () -> client.postAsyncRetryFailed(product()));
  }

  @Test
  void postAsyncRetrycanceled() {
    assertFails(LroStatus.CANCELED, () -> client.postAsyncRetrycanceled(product()));
  }
}
