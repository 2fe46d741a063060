package io.armgen.e2e;

import static io.armgen.e2e.ArmStub.PARENT;
import static io.armgen.e2e.ArmStub.RESOURCE_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerservice.v2026_01_01.models.ConnectionStatus;
import io.armgen.generated.containerservice.v2026_01_01.models.PrivateEndpointConnection;
import io.armgen.generated.containerservice.v2026_01_01.models.PrivateEndpointConnectionProvisioningState;
import io.armgen.runtime.arm.ManagementException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ContainerService (AKS) 2026-01-01: the list is a single object (not pageable), update is a
 * synchronous PUT, and delete is long-running with final-state-via azure-async-operation: ARM
 * sends both Azure-AsyncOperation and Location and the client must poll the former.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ContainerServiceLifecycleTest {
  private static final String NAME = "pec-cluster-1";

  @Test
  void pendingConnectionIsApprovedReadRejectedAndDeleted() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.CONTAINER_SERVICE, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm).build();

      List<PrivateEndpointConnection> pending = client.list(RESOURCE_GROUP, PARENT).value();
      assertEquals(1, pending.size());
      PrivateEndpointConnection connection = pending.get(0);
      assertEquals(NAME, connection.name());
      assertEquals(ConnectionStatus.PENDING, connection.privateLinkServiceConnectionState().status());

      connection.privateLinkServiceConnectionState().withStatus(ConnectionStatus.APPROVED).withDescription("approved by e2e");
      PrivateEndpointConnection approved = client.update(RESOURCE_GROUP, PARENT, NAME, connection);
      assertEquals(ConnectionStatus.APPROVED, approved.privateLinkServiceConnectionState().status());
      assertEquals(PrivateEndpointConnectionProvisioningState.SUCCEEDED, approved.provisioningState());

      PrivateEndpointConnection read = client.get(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(ConnectionStatus.APPROVED, read.privateLinkServiceConnectionState().status());
      assertEquals("approved by e2e", read.privateLinkServiceConnectionState().description());

      read.privateLinkServiceConnectionState().withStatus(ConnectionStatus.REJECTED).withDescription("rejected by e2e");
      assertEquals(ConnectionStatus.REJECTED, client.update(RESOURCE_GROUP, PARENT, NAME, read)
          .privateLinkServiceConnectionState().status());
      assertEquals("rejected by e2e", client.get(RESOURCE_GROUP, PARENT, NAME).privateLinkServiceConnectionState().description());

      client.delete(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(List.of(), client.list(RESOURCE_GROUP, PARENT).value());
      ManagementException gone = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));
      assertEquals(404, gone.statusCode());
      assertEquals("ResourceNotFound", gone.error().code());
      assertNull(arm.connection(NAME));

      assertEquals(List.of("POST token", "GET list",
          "PUT connection", "GET connection", "PUT connection", "GET connection",
          "DELETE connection", "GET operationStatuses", "GET operationStatuses",
          "GET list", "GET connection"), arm.trace());
      ArmStubAssertions.assertArmAcceptedEveryRequest(arm);
    }
  }
}
