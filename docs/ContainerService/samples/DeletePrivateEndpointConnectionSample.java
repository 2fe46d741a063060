package io.armgen.generated.containerservice.v2026_01_01.samples;

import io.armgen.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code Delete Private Endpoint Connection} of {@code PrivateEndpointConnections_Delete}.
 *
 * <p>Built from {@code ./examples/PrivateEndpointConnectionsDelete.json}.
 */
public final class DeletePrivateEndpointConnectionSample {
  private DeletePrivateEndpointConnectionSample() {
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
    run(client);
  }

  /**
   * Sends the example's request.
   *
   * @param client a client of the example's subscription
   */
  public static void run(PrivateEndpointConnectionsClient client) {
    client.delete("rg1", "clustername1", "privateendpointconnection1");
  }
}
