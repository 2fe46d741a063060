package io.armgen.generated.keyvault.v2021_06_01_preview.samples;

import io.armgen.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection;
import io.armgen.runtime.arm.PagedIterable;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code KeyVaultListPrivateEndpointConnection} of {@code PrivateEndpointConnections_ListByResource}.
 *
 * <p>Built from {@code ./examples/KeyVaultListPrivateEndpointConnections.json}.
 */
public final class KeyVaultListPrivateEndpointConnectionSample {
  private KeyVaultListPrivateEndpointConnectionSample() {
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
    return client.listByResource("myResourceGroup", "myVault");
  }
}
