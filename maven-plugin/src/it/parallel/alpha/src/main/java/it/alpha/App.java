package it.alpha;

/** Uses both clients generated in this module. */
public final class App {
  private App() {}

  public static Object[] clients() {
    return new Object[] {
        it.alpha.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient.builder(),
        it.alpha.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient.builder()};
  }
}
