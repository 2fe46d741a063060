package it;

import java.util.List;

/** Uses the output of both executions. */
public final class App {
  private App() {}

  public static List<Object> connections() {
    return List.of(
        new com.example.registry.containerregistry.v2021_09_01.models.PrivateEndpointConnection(),
        new com.example.vault.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection());
  }
}
