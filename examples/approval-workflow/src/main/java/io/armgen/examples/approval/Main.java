package io.armgen.examples.approval;

import io.armgen.generated.common.CommonPrivateEndpointConnectionOperations;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.auth.DefaultAzureCredential;
import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.auth.TokenCredential;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The approval workflow from the command line:
 *
 * <pre>
 * java io.armgen.examples.approval.Main --subscription SUB --allow SUB1,SUB2 PARENT_ID...
 *     [--endpoint URL] [--parallelism N] [--poll-interval-ms MS]
 * </pre>
 *
 * Credentials come from {@code DefaultAzureCredential}; against a loopback endpoint (tests) a
 * fixed dummy token is used instead.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args, System.out));
  }

  /**
   * Runs with {@code args}, printing to {@code out}.
   *
   * @return the exit code: 0 when every parent was handled, 1 otherwise, 2 for bad arguments
   */
  public static int run(String[] args, PrintStream out) throws InterruptedException {
    String subscription = null;
    String endpoint = null;
    Set<String> allowed = Set.of();
    int parallelism = 4;
    Duration pollInterval = null;
    List<String> parents = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--subscription" -> { subscription = value; i++; }
        case "--endpoint" -> { endpoint = value; i++; }
        case "--allow" -> { allowed = Set.copyOf(Arrays.asList(value.split(","))); i++; }
        case "--parallelism" -> { parallelism = Integer.parseInt(value); i++; }
        case "--poll-interval-ms" -> { pollInterval = Duration.ofMillis(Long.parseLong(value)); i++; }
        default -> parents.add(args[i]);
      }
    }
    if (subscription == null || parents.isEmpty()) {
      out.println("usage: Main --subscription SUB --allow SUB1,SUB2 PARENT_ID... [--endpoint URL] [--parallelism N]");
      return 2;
    }
    TokenCredential credential = endpoint != null && endpoint.startsWith("http://127.0.0.1:")
        ? new StaticTokenCredential("loopback-test-token")
        : new DefaultAzureCredential();
    List<CommonPrivateEndpointConnectionOperations> clients = List.of(
        configure(io.armgen.generated.containerservice.v2026_01_01.PrivateEndpointConnectionsClient.builder(),
            credential, subscription, endpoint, pollInterval).build(),
        configure(io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient.builder(),
            credential, subscription, endpoint, pollInterval).build(),
        configure(io.armgen.generated.keyvault.v2021_06_01_preview.PrivateEndpointConnectionsClient.builder(),
            credential, subscription, endpoint, pollInterval).build(),
        configure(io.armgen.generated.documentdb.v2022_02_15_preview.PrivateEndpointConnectionsClient.builder(),
            credential, subscription, endpoint, pollInterval).build());
    ApprovalWorkflow workflow = new ApprovalWorkflow(clients, new SubscriptionAllowList(allowed), parallelism);
    return workflow.run(parents, out) == 0 ? 0 : 1;
  }

  private static <B extends ArmClientBuilder<B>> B configure(B builder, TokenCredential credential, String subscription,
      String endpoint, Duration pollInterval) {
    builder.credential(credential).subscriptionId(subscription);
    if (endpoint != null) {
      builder.endpoint(endpoint);
    }
    if (pollInterval != null) {
      // an interval shorter than the default minimum, asked for on the command line, lowers the minimum too
      builder.pollInterval(pollInterval);
      if (pollInterval.compareTo(ArmClientBuilder.DEFAULT_MIN_POLL_INTERVAL) < 0) {
        builder.minPollInterval(pollInterval);
      }
    }
    return builder;
  }
}
