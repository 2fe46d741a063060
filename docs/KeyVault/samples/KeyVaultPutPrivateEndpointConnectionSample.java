package io.armgen.generated.keyvault.v2021_06_01_preview.samples;

import io.armgen.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointServiceConnectionStatus;
import io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateLinkServiceConnectionState;
import io.armgen.runtime.auth.DefaultAzureCredential;

/**
 * Example {@code KeyVaultPutPrivateEndpointConnection} of {@code PrivateEndpointConnections_Put}.
 *
 * <p>Built from {@code ./examples/KeyVaultPutPrivateEndpointConnection.json}.
 */
public final class KeyVaultPutPrivateEndpointConnectionSample {
  private KeyVaultPutPrivateEndpointConnectionSample() {
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
    return client.put("myResourceGroup", "myVault", "myPrivateEndpointConnection", new PrivateEndpointConnection()
        .withPrivateLinkServiceConnectionState(new PrivateLinkServiceConnectionState()
            .withStatus(PrivateEndpointServiceConnectionStatus.APPROVED)
            .withDescription("My name is Joe and I'm approving this."))
        .withEtag(""));
  }
}
