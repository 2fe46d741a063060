package com.example;

import com.example.azure.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import com.example.azure.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import com.example.azure.keyvault.v2021_06_01_preview.models.PrivateEndpointConnectionId;
import io.armgen.runtime.auth.StaticTokenCredential;

/** The README's user code: a client pointed at a test server, as the README shows it. */
public final class RegistryTool {
  private RegistryTool() {
  }

  /** Reads one connection through {@code endpoint} and returns its status. */
  public static String status(String endpoint) {
    PrivateEndpointConnectionsClient client = PrivateEndpointConnectionsClient.builder()
        .endpoint(endpoint)
        .credential(new StaticTokenCredential("test-token"))
        .subscriptionId("00000000-0000-0000-0000-000000000000")
        .build();
    PrivateEndpointConnection connection = client.get("myResourceGroup", "myRegistry", "myConnection");
    return connection.privateLinkServiceConnectionState().status().toString();
  }

  /** Key Vault was generated from a folder of specs; its typed ids are there. */
  static String vaultOf(String id) {
    return PrivateEndpointConnectionId.parse(id).vaultName();
  }
}
