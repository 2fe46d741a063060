package io.armgen.benchmarks;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link LoopbackArmServer} as its own process for {@code benchmarks/runtime-cold.sh}:
 * prints {@code endpoint http://127.0.0.1:<port>} on the first line, then serves until killed.
 */
public final class LoopbackServerMain {
  private LoopbackServerMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    LoopbackArmServer server = new LoopbackArmServer(ExamplePayload.privateEndpointConnectionGet());
    System.out.println("endpoint " + server.endpoint());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
