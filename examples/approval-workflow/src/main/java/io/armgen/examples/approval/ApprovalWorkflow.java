package io.armgen.examples.approval;

import io.armgen.generated.common.CommonConnectionStatus;
import io.armgen.generated.common.CommonPrivateEndpointConnection;
import io.armgen.generated.common.CommonPrivateEndpointConnectionOperations;
import io.armgen.generated.common.CommonPrivateLinkServiceConnectionState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lists the private endpoint connections of parent resources of any service that implements
 * {@link CommonPrivateEndpointConnectionOperations}, prints them as a table, and approves or rejects
 * the pending ones by an {@link ApprovalRule}. One task per parent runs on a bounded pool; the output
 * is printed in the order the parents were given, whatever order the tasks finish in.
 */
public final class ApprovalWorkflow {
  private final List<? extends CommonPrivateEndpointConnectionOperations> clients;
  private final ApprovalRule rule;
  private final int parallelism;

  /**
   * @param clients one client per service (and subscription) the parents may belong to
   * @param parallelism how many parents are worked on at once
   */
  public ApprovalWorkflow(List<? extends CommonPrivateEndpointConnectionOperations> clients, ApprovalRule rule,
      int parallelism) {
    this.clients = List.copyOf(clients);
    this.rule = rule;
    this.parallelism = parallelism;
  }

  /** What happened to one parent: its connections as listed, and the decisions taken. */
  private record ParentResult(List<ConnectionTable.Row> rows, List<String> actions, int failures) {}

  /**
   * Runs the workflow and prints the table and the decisions to {@code out}.
   *
   * @return the number of failures: parents that could not be listed, connections that could not be
   *     updated (0 when everything worked)
   */
  public int run(List<String> parentIds, PrintStream out) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    List<ParentResult> results = new ArrayList<>();
    try {
      List<Future<ParentResult>> futures = new ArrayList<>();
      for (String parent : parentIds) {
        futures.add(pool.submit(() -> process(parent)));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          results.add(new ParentResult(List.of(), List.of("failed   " + parentIds.get(i) + ": " + e.getCause().getMessage()), 1));
        }
      }
    } finally {
      pool.shutdown();
    }
    List<ConnectionTable.Row> rows = new ArrayList<>();
    results.forEach(r -> rows.addAll(r.rows()));
    int failed = results.stream().mapToInt(ParentResult::failures).sum();
    out.print(ConnectionTable.format(rows));
    out.println();
    results.forEach(r -> r.actions().forEach(out::println));
    long approved = results.stream().flatMap(r -> r.actions().stream()).filter(a -> a.startsWith("approved")).count();
    long rejected = results.stream().flatMap(r -> r.actions().stream()).filter(a -> a.startsWith("rejected")).count();
    out.println(rows.size() + " connections, " + approved + " approved, " + rejected + " rejected, " + failed + " failed");
    return failed;
  }

  private ParentResult process(String parentId) {
    Optional<CommonPrivateEndpointConnectionOperations> found =
        CommonPrivateEndpointConnectionOperations.forParent(clients, parentId);
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no client serves this resource");
    }
    CommonPrivateEndpointConnectionOperations client = found.get();
    String parent = lastTwoSegments(parentId);
    List<ConnectionTable.Row> rows = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    int failures = 0;
    // the list is read page by page as the loop goes
    for (CommonPrivateEndpointConnection connection : client.list(parentId)) {
      CommonPrivateLinkServiceConnectionState state = connection.privateLinkServiceConnectionState();
      CommonConnectionStatus status = state == null ? null : state.status();
      rows.add(new ConnectionTable.Row(client.serviceName(), parent, connection.name(), status == null ? "" : status.toString(),
          state == null || state.description() == null ? "" : state.description()));
      if (!CommonConnectionStatus.PENDING.equals(status)) {
        continue;
      }
      ApprovalRule.Decision decision = rule.decide(connection);
      String what = client.serviceName() + " " + parent + "/" + connection.name();
      try {
        CommonPrivateEndpointConnection updated = decision.approve()
            ? client.approve(connection.id(), decision.reason())
            : client.reject(connection.id(), decision.reason());
        CommonConnectionStatus now = updated.privateLinkServiceConnectionState().status();
        actions.add((decision.approve() ? "approved " : "rejected ") + what + " -> " + now
            + " (" + updated.provisioningState() + ")");
      } catch (RuntimeException e) {
        // one connection's failure must not hide the others of the parent
        failures++;
        actions.add("failed   " + what + ": " + e.getMessage());
      }
    }
    return new ParentResult(rows, actions, failures);
  }

  private static String lastTwoSegments(String id) {
    String[] parts = id.split("/");
    return parts.length < 2 ? id : parts[parts.length - 2] + "/" + parts[parts.length - 1];
  }
}
