package io.armgen.generator.model;

import java.util.List;

/**
 * Operations sharing the {@code Group_} prefix of their operationId; one client class each.
 *
 * @param name {@code PrivateEndpointConnections}; the client is {@code <name>Client}
 * @param description a description of the group; always empty in this version
 * @param operations the group's operations, in spec order
 */
public record OperationGroup(String name, String description, List<Operation> operations) {
  /**
   * Copies the operations.
   *
   * @param name {@code PrivateEndpointConnections}; the client is {@code <name>Client}
   * @param description a description of the group; always empty in this version
   * @param operations the group's operations, in spec order
   */
  public OperationGroup {
    operations = List.copyOf(operations);
  }
}
