package io.armgen.benchmarks;

import io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection;

/**
 * One side of the cold first-call measurement ({@code benchmarks/runtime-cold.sh}): in a fresh
 * JVM, build our client and GET one private endpoint connection from the loopback server at the
 * endpoint given as the only argument. Prints {@code first-call-ms <millis>}, the time from the
 * start of {@code main} to the parsed result, client construction included.
 */
public final class ColdFirstCallArmgen {
  private ColdFirstCallArmgen() {}

  /**
   * @param args the loopback server's endpoint, e.g. {@code http://127.0.0.1:40123}
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    PrivateEndpointConnection connection = ArmgenClients.client(args[0])
        .get(LoopbackArmServer.RESOURCE_GROUP, LoopbackArmServer.REGISTRY, LoopbackArmServer.CONNECTION);
    long elapsed = System.nanoTime() - start;
    if (connection.privateLinkServiceConnectionState() == null) {
      throw new IllegalStateException("the connection's state was not read");
    }
    System.out.println("first-call-ms " + elapsed / 1_000_000.0);
  }
}
