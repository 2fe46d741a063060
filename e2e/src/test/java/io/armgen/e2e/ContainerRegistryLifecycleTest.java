package io.armgen.e2e;

import static io.armgen.e2e.ArmStub.PARENT;
import static io.armgen.e2e.ArmStub.RESOURCE_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerregistry.v2021_09_01.models.ConnectionStatus;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import io.armgen.generated.containerregistry.v2021_09_01.models.ProvisioningState;
import io.armgen.runtime.arm.ManagementException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** ContainerRegistry 2021-09-01: approve and reject are long-running (201 + Azure-AsyncOperation), delete polls Location. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ContainerRegistryLifecycleTest {
  private static final String NAME = "pec-registry-1";

  @Test
  void pendingConnectionIsApprovedReadRejectedAndDeleted() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.CONTAINER_REGISTRY, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm).build();

      List<PrivateEndpointConnection> pending = client.list(RESOURCE_GROUP, PARENT).stream().toList();
      assertEquals(1, pending.size());
      PrivateEndpointConnection connection = pending.get(0);
      assertEquals(NAME, connection.name());
      assertEquals(ConnectionStatus.PENDING, connection.privateLinkServiceConnectionState().status());

      connection.privateLinkServiceConnectionState().withStatus(ConnectionStatus.APPROVED).withDescription("approved by e2e");
      PrivateEndpointConnection approved = client.createOrUpdate(RESOURCE_GROUP, PARENT, NAME, connection);
      assertEquals(ConnectionStatus.APPROVED, approved.privateLinkServiceConnectionState().status());
      assertEquals(ProvisioningState.SUCCEEDED, approved.provisioningState(), "the result is read after the operation ended");

      PrivateEndpointConnection read = client.get(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(ConnectionStatus.APPROVED, read.privateLinkServiceConnectionState().status());
      assertEquals("approved by e2e", read.privateLinkServiceConnectionState().description());

      read.privateLinkServiceConnectionState().withStatus(ConnectionStatus.REJECTED).withDescription("rejected by e2e");
      client.createOrUpdate(RESOURCE_GROUP, PARENT, NAME, read);
      assertEquals(ConnectionStatus.REJECTED, client.get(RESOURCE_GROUP, PARENT, NAME).privateLinkServiceConnectionState().status());

      client.delete(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(List.of(), client.list(RESOURCE_GROUP, PARENT).stream().toList());
      ManagementException gone = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, PARENT, NAME));
      assertEquals(404, gone.statusCode());
      assertEquals("ResourceNotFound", gone.error().code());
      assertNull(arm.connection(NAME));

      assertEquals(List.of("POST token", "GET list",
          "PUT connection", "GET operationStatuses", "GET operationStatuses", "GET connection", "GET connection",
          "PUT connection", "GET operationStatuses", "GET operationStatuses", "GET connection", "GET connection",
          "DELETE connection", "GET operationResults", "GET operationResults",
          "GET list", "GET connection"), arm.trace());
      ArmStubAssertions.assertArmAcceptedEveryRequest(arm);
    }
  }
}
