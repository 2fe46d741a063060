package it;

import com.example.azure.containerservice.v2026_01_01.PrivateEndpointConnectionsClient;
import java.util.List;

/** Uses a client from each of the three specs of the one execution. */
public final class App {
  private App() {}

  public static List<Class<?>> clients() {
    return List.of(
        PrivateEndpointConnectionsClient.class,
        com.example.azure.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient.class,
        com.example.azure.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient.class);
  }
}
