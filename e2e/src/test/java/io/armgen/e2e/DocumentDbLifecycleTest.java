package io.armgen.e2e;

import static io.armgen.e2e.ArmStub.PARENT;
import static io.armgen.e2e.ArmStub.RESOURCE_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.documentdb.v2022_02_15_preview.models.PrivateEndpointConnection;
import io.armgen.runtime.arm.ManagementException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DocumentDB (Cosmos DB) 2022-02-15-preview: a single-page list (nextLinkName null), approve and
 * reject answer 202 + Location, delete answers 202 + Azure-AsyncOperation. Its spec leaves
 * provisioningState writable but makes actionsRequired read-only, and states are plain strings.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DocumentDbLifecycleTest {
  private static final String NAME = "pec-account-1";

  @Test
  void pendingConnectionIsApprovedReadRejectedAndDeleted() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.DOCUMENT_DB, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm).build();

      List<PrivateEndpointConnection> pending = client.listByDatabaseAccount(RESOURCE_GROUP, PARENT).stream().toList();
      assertEquals(1, pending.size());
      PrivateEndpointConnection connection = pending.get(0);
      assertEquals(NAME, connection.name());
      assertEquals("Pending", connection.privateLinkServiceConnectionState().status());
      assertEquals("None", connection.privateLinkServiceConnectionState().actionsRequired(), "read-only, but read");

      connection.privateLinkServiceConnectionState().withStatus("Approved").withDescription("approved by e2e");
      PrivateEndpointConnection approved = client.createOrUpdate(RESOURCE_GROUP, PARENT, NAME, connection);
      assertEquals("Approved", approved.privateLinkServiceConnectionState().status());
      assertEquals("Succeeded", approved.provisioningState());

      PrivateEndpointConnection read = client.get(RESOURCE_GROUP, PARENT, NAME);
      assertEquals("Approved", read.privateLinkServiceConnectionState().status());
      assertEquals("approved by e2e", read.privateLinkServiceConnectionState().description());

      read.privateLinkServiceConnectionState().withStatus("Rejected").withDescription("rejected by e2e");
      client.createOrUpdate(RESOURCE_GROUP, PARENT, NAME, read);
      assertEquals("Rejected", client.get(RESOURCE_GROUP, PARENT, NAME).privateLinkServiceConnectionState().status());

      client.delete(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(List.of(), client.listByDatabaseAccount(RESOURCE_GROUP, PARENT).stream().toList());
      ManagementException gone = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));
      assertEquals(404, gone.statusCode());
      assertEquals("ResourceNotFound", gone.error().code());
      assertNull(arm.connection(NAME));

      // a PUT polled through Location takes its result from the final Location body: no extra GET
      assertEquals(List.of("POST token", "GET list",
          "PUT connection", "GET operationResults", "GET operationResults", "GET connection",
          "PUT connection", "GET operationResults", "GET operationResults", "GET connection",
          "DELETE connection", "GET operationStatuses", "GET operationStatuses",
          "GET list", "GET connection"), arm.trace());
      ArmStubAssertions.assertArmAcceptedEveryRequest(arm);
    }
  }
}
