package io.armgen.examples.approval;

import io.armgen.generated.common.CommonPrivateEndpointConnection;

/** Decides what to do with a pending private endpoint connection, whatever service it belongs to. */
@FunctionalInterface
public interface ApprovalRule {

  /** Approve or reject, with the reason written into the connection's description. */
  record Decision(boolean approve, String reason) {}

  /**
   * The decision for {@code connection}, which is pending.
   *
   * @param connection the connection as listed
   * @return what to do
   */
  Decision decide(CommonPrivateEndpointConnection connection);
}
