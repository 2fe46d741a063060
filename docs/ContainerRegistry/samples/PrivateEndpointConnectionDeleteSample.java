package io.armgen.generated.containerregistry.v2021_09_01.samples;

import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code PrivateEndpointConnectionDelete} of {@code PrivateEndpointConnections_Delete}.
 *
 * <p>Built from {@code ./examples/PrivateEndpointConnectionDelete.json}.
 */
public final class PrivateEndpointConnectionDeleteSample {
  private PrivateEndpointConnectionDeleteSample() {
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
    client.delete("myResourceGroup", "myRegistry", "myConnection");
  }
}
