package io.armgen.e2e;

import static io.armgen.e2e.ArmStub.PARENT;
import static io.armgen.e2e.ArmStub.RESOURCE_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointServiceConnectionStatus;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.arm.PreconditionFailedException;
import io.armgen.runtime.arm.RequestConditions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * KeyVault 2021-06-01-preview: connections carry an ETag, so every change is made with If-Match on
 * the ETag last read and a stale one is refused with 412 without changing anything. PUT is
 * synchronous, delete polls Location, and GET of a missing connection answers 204 (the spec's
 * "does not exist"); a missing vault is a 404.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class KeyVaultLifecycleTest {
  private static final String NAME = "pec-vault-1";

  @Test
  void pendingConnectionIsApprovedReadRejectedAndDeletedWithoutLostUpdates() throws Exception {
    try (ArmStub arm = ArmStub.start(ServiceShape.KEY_VAULT, NAME)) {
      PrivateEndpointConnectionsClient client = ArmStubAssertions.pointedAt(PrivateEndpointConnectionsClient.builder(), arm).build();

      List<PrivateEndpointConnection> pending = client.listByResource(RESOURCE_GROUP, PARENT).stream().toList();
      assertEquals(1, pending.size());
      PrivateEndpointConnection connection = pending.get(0);
      assertEquals(PrivateEndpointServiceConnectionStatus.PENDING, connection.privateLinkServiceConnectionState().status());
      String pendingEtag = connection.etag();
      assertEquals("W/\"1\"", pendingEtag);

      connection.privateLinkServiceConnectionState().withStatus(PrivateEndpointServiceConnectionStatus.APPROVED)
          .withDescription("approved by e2e");
      PrivateEndpointConnection approved = client.put(RESOURCE_GROUP, PARENT, NAME, connection, RequestConditions.ifMatch(pendingEtag));
      assertEquals(PrivateEndpointServiceConnectionStatus.APPROVED, approved.privateLinkServiceConnectionState().status());
      assertNotEquals(pendingEtag, approved.etag(), "a change gives a new ETag");

      // Someone still holding the pending copy tries to reject it: refused, nothing changes.
      connection.privateLinkServiceConnectionState().withStatus(PrivateEndpointServiceConnectionStatus.REJECTED)
          .withDescription("stale reject");
      PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
          () -> client.put(RESOURCE_GROUP, PARENT, NAME, connection, RequestConditions.ifMatch(pendingEtag)));
      assertEquals(412, stale.statusCode());
      assertEquals("PreconditionFailed", stale.error().code());
      assertTrue(stale.getMessage().contains(stale.clientRequestId()), stale.getMessage());

      PrivateEndpointConnection read = client.get(RESOURCE_GROUP, PARENT, NAME);
      assertEquals(PrivateEndpointServiceConnectionStatus.APPROVED, read.privateLinkServiceConnectionState().status());
      assertEquals("approved by e2e", read.privateLinkServiceConnectionState().description());
      assertEquals(approved.etag(), read.etag(), "the stale update changed nothing");

      read.privateLinkServiceConnectionState().withStatus(PrivateEndpointServiceConnectionStatus.REJECTED)
          .withDescription("rejected by e2e");
      PrivateEndpointConnection rejected = client.put(RESOURCE_GROUP, PARENT, NAME, read, RequestConditions.ifMatch(read.etag()));
      assertEquals(PrivateEndpointServiceConnectionStatus.REJECTED,
          client.get(RESOURCE_GROUP, PARENT, NAME).privateLinkServiceConnectionState().status());

      client.delete(RESOURCE_GROUP, PARENT, NAME, RequestConditions.ifMatch(rejected.etag()));
      assertEquals(List.of(), client.listByResource(RESOURCE_GROUP, PARENT).stream().toList());
      assertNull(client.get(RESOURCE_GROUP, PARENT, NAME), "204: the connection does not exist");
      assertNull(arm.connection(NAME));
      ManagementException noVault = assertThrows(ManagementException.class, () -> client.get(RESOURCE_GROUP, "no-such-vault", NAME));
      assertEquals(404, noVault.statusCode());
      assertEquals("ParentResourceNotFound", noVault.error().code());

      assertEquals(List.of("POST token", "GET list",
          "PUT connection", "PUT connection", "GET connection", "PUT connection", "GET connection",
          "DELETE connection", "GET operationResults", "GET operationResults",
          "GET list", "GET connection", "GET other parent"), arm.trace());
      ArmStubAssertions.assertArmAcceptedEveryRequest(arm);
    }
  }
}
