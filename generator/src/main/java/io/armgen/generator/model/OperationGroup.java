package io.armgen.generator.model;

import java.util.List;

/**
 * Operations sharing the {@code Group_} prefix of their operationId; one client class each.
 *
 * @param name {@code PrivateEndpointConnections}; the client is {@code <name>Client}
 */
public record OperationGroup(String name, String description, List<Operation> operations) {
  public OperationGroup {
    operations = List.copyOf(operations);
  }
}
