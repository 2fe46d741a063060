package it.beta;

/** Uses both clients generated in this module. */
public final class App {
  private App() {}

  public static Object[] clients() {
    return new Object[] {
        it.beta.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient.builder(),
        it.beta.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient.builder()};
  }
}
