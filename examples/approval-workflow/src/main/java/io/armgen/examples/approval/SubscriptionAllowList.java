package io.armgen.examples.approval;

import io.armgen.generated.common.CommonPrivateEndpoint;
import io.armgen.generated.common.CommonPrivateEndpointConnection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Approves a connection when its private endpoint lives in one of the allowed subscriptions, and
 * rejects it otherwise (also when the endpoint is not known).
 */
public final class SubscriptionAllowList implements ApprovalRule {
  private final Set<String> allowed;

  /** @param allowed subscription ids, compared ignoring case */
  public SubscriptionAllowList(Set<String> allowed) {
    this.allowed = allowed.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Decision decide(CommonPrivateEndpointConnection connection) {
    String subscription = subscriptionOf(connection.privateEndpoint());
    if (subscription == null) {
      return new Decision(false, "rejected: private endpoint unknown");
    }
    return allowed.contains(subscription.toLowerCase(Locale.ROOT))
        ? new Decision(true, "approved: subscription " + subscription + " is allowed")
        : new Decision(false, "rejected: subscription " + subscription + " is not allowed");
  }

  /** The subscription segment of the endpoint's ARM id, or null. */
  static String subscriptionOf(CommonPrivateEndpoint endpoint) {
    if (endpoint == null || endpoint.id() == null) {
      return null;
    }
    String[] parts = endpoint.id().split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equalsIgnoreCase("subscriptions") && !parts[i + 1].isEmpty()) {
        return parts[i + 1];
      }
    }
    return null;
  }
}
