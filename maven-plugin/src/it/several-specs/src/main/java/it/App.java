package it;

import com.example.azure.containerservice.PrivateEndpointConnectionsClient;
import java.util.List;

/** Uses a client from each of the three specs of the one execution. */
public final class App {
  private App() {}

  public static List<Class<?>> clients() {
    return List.of(
        PrivateEndpointConnectionsClient.class,
        com.example.azure.documentdb.PrivateEndpointConnectionsClient.class,
        com.example.azure.keyvault.PrivateEndpointConnectionsClient.class);
  }
}
