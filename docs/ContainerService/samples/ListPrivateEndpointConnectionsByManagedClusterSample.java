package io.armgen.generated.containerservice.v2026_01_01.samples;

import io.armgen.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerservice.v2026_01_01.models.PrivateEndpointConnectionListResult;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code List Private Endpoint Connections by Managed Cluster} of {@code PrivateEndpointConnections_List}.
 *
 * <p>Built from {@code ./examples/PrivateEndpointConnectionsList.json}.
 */
public final class ListPrivateEndpointConnectionsByManagedClusterSample {
  private ListPrivateEndpointConnectionsByManagedClusterSample() {
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
  public static PrivateEndpointConnectionListResult run(PrivateEndpointConnectionsClient client) {
    return client.list("rg1", "clustername1");
  }
}
