package io.armgen.generated.documentdb.v2022_02_15_preview.samples;

import io.armgen.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.documentdb.v2022_02_15_preview.models.PrivateEndpointConnection;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code Gets private endpoint connection.} of {@code PrivateEndpointConnections_Get}.
 *
 * <p>Built from {@code ./examples/CosmosDBPrivateEndpointConnectionGet.json}.
 */
public final class GetsPrivateEndpointConnectionSample {
  private GetsPrivateEndpointConnectionSample() {
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
    return client.get("myResourceGroup", "ddb1", "myPrivateEndpointConnection");
  }
}
