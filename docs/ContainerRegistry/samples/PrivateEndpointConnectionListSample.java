package io.armgen.generated.containerregistry.v2021_09_01.samples;

import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import io.armgen.runtime.arm.PagedIterable;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code PrivateEndpointConnectionList} of {@code PrivateEndpointConnections_List}.
 *
 * <p>Built from {@code ./examples/PrivateEndpointConnectionList.json}.
 */
public final class PrivateEndpointConnectionListSample {
  private PrivateEndpointConnectionListSample() {
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
    run(client).forEach(System.out::println);
  }

  /**
   * Sends the example's request.
   *
   * @param client a client of the example's subscription
   * @return what the service answered
   */
  public static PagedIterable<PrivateEndpointConnection> run(
      PrivateEndpointConnectionsClient client) {
    return client.list("myResourceGroup", "myRegistry");
  }
}
