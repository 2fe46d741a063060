package io.armgen.generated.documentdb.v2022_02_15_preview.samples;

import io.armgen.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code Deletes a private endpoint connection with a given name.} of {@code PrivateEndpointConnections_Delete}.
 *
 * <p>Built from {@code ./examples/CosmosDBPrivateEndpointConnectionDelete.json}.
 */
public final class DeletesAPrivateEndpointConnectionWithAGivenNameSample {
  private DeletesAPrivateEndpointConnectionWithAGivenNameSample() {
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
    client.delete("myResourceGroup", "ddb1", "myPrivateEndpointConnection");
  }
}
