package it;

import java.util.List;

/** Uses the output of both executions. */
public final class App {
  private App() {}

  public static List<Object> connections() {
    return List.of(
        new com.example.registry.containerregistry.models.PrivateEndpointConnection(),
        new com.example.vault.keyvault.models.PrivateEndpointConnection());
  }
}
