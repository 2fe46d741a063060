package io.armgen.generated.keyvault.v2021_06_01_preview.samples;

import io.armgen.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code KeyVaultGetPrivateEndpointConnection} of {@code PrivateEndpointConnections_Get}.
 *
 * <p>Built from {@code ./examples/KeyVaultGetPrivateEndpointConnection.json}.
 */
public final class KeyVaultGetPrivateEndpointConnectionSample {
  private KeyVaultGetPrivateEndpointConnectionSample() {
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
    return client.get("myResourceGroup", "myVault", "myPrivateEndpointConnection");
  }
}
