package io.armgen.generated.containerservice.v2026_01_01.samples;

import io.armgen.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerservice.v2026_01_01.models.ConnectionStatus;
import io.armgen.generated.containerservice.v2026_01_01.models.PrivateEndpointConnection;
import io.armgen.generated.containerservice.v2026_01_01.models.PrivateLinkServiceConnectionState;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code Update Private Endpoint Connection} of {@code PrivateEndpointConnections_Update}.
 *
 * <p>Built from {@code ./examples/PrivateEndpointConnectionsUpdate.json}.
 */
public final class UpdatePrivateEndpointConnectionSample {
  private UpdatePrivateEndpointConnectionSample() {
  }

  /**
   * Runs the example against Azure, signed in with {@code DefaultAzureCredential}.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    PrivateEndpointConnectionsClient client = PrivateEndpointConnectionsClient.builder()
        .credential(new DefaultAzureCredential())
        .subscriptionId("00000000-0000-0000-0000-000000000000")
        .build();
    System.out.println(run(client));
  }

  /**
   * Sends the example's request.
   *
   * @param client a client of the example's subscription
   * @return what the service answered
   */
  public static PrivateEndpointConnection run(PrivateEndpointConnectionsClient client) {
    return client.update("rg1", "clustername1", "privateendpointconnection1", new PrivateEndpointConnection()
        .withPrivateLinkServiceConnectionState(new PrivateLinkServiceConnectionState()
            .withStatus(ConnectionStatus.APPROVED)));
  }
}
