package it.beta;

/** Uses both clients generated in this module. */
public final class App {
  private App() {}

  public static Object[] clients() {
    return new Object[] {
        it.beta.generated.documentdb.PrivateEndpointConnectionsClient.builder(),
        it.beta.generated.containerservice.PrivateEndpointConnectionsClient.builder()};
  }
}
