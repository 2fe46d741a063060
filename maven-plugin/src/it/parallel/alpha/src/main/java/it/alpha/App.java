package it.alpha;

/** Uses both clients generated in this module. */
public final class App {
  private App() {}

  public static Object[] clients() {
    return new Object[] {
        it.alpha.generated.containerregistry.PrivateEndpointConnectionsClient.builder(),
        it.alpha.generated.keyvault.PrivateEndpointConnectionsClient.builder()};
  }
}
