package io.armgen.benchmarks;

import io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient;
import io.armgen.runtime.auth.StaticTokenCredential;

/**
 * Our side of the runtime benchmarks: the generated container registry client over the armgen
 * runtime with its default pipeline (request id, user agent, retry, bearer token, logging) and a
 * static token, as an application would build it. Kept apart from {@link AzureClients} so that the
 * cold-start measurement of one side loads none of the other side's classes.
 */
final class ArmgenClients {
  /** Not a secret: the loopback server only checks that a bearer token is there. */
  static final String TOKEN = "benchmark-token";

  private ArmgenClients() {}

  /** Our generated client over the armgen runtime. */
  static PrivateEndpointConnectionsClient client(String endpoint) {
    return PrivateEndpointConnectionsClient.builder()
        .endpoint(endpoint)
        .credential(new StaticTokenCredential(TOKEN))
        .subscriptionId(LoopbackArmServer.SUBSCRIPTION)
        .build();
  }
}
