package it;

import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;
import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnectionListResult;

/** Compiles only when the generated client and models are on the compile path. */
public final class App {
  private App() {}

  public static PrivateEndpointConnectionsClient.Builder builder() {
    return PrivateEndpointConnectionsClient.builder();
  }

  public static PrivateEndpointConnection connection() {
    return new PrivateEndpointConnection();
  }

  public static Class<?> page() {
    return PrivateEndpointConnectionListResult.class;
  }
}
