package io.armgen.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.armgen.e2e.ServiceShape.Progress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The resource-provider half of the ARM stand-in: the private endpoint connections of one parent
 * resource and their long-running operations, behaving as the service's spec says. Requests reach
 * it only after {@link ArmStub} has checked what ARM's front door checks. Not thread-safe: the
 * stub serves one request at a time.
 */
final class ConnectionProvider {
  private final ServiceShape shape;
  private final String parentId;
  private final String operationsPath;
  private final String endpoint;
  private final Map<String, ObjectNode> connections = new LinkedHashMap<>();
  private final Map<String, StubOperation> operations = new LinkedHashMap<>();
  private final Map<String, Integer> polls = new LinkedHashMap<>();
  private int etagVersion;

  /**
   * @param parentId the parent resource's id ({@code /subscriptions/../vaults/vault1})
   * @param endpoint the stub's base URL, for absolute polling URLs
   */
  ConnectionProvider(ServiceShape shape, String subscriptionId, String parentId, String endpoint) {
    this.shape = shape;
    this.parentId = parentId;
    this.endpoint = endpoint;
    this.operationsPath = "/subscriptions/" + subscriptionId + "/providers/" + shape.provider() + "/locations/westus";
  }

  String operationsPath() {
    return operationsPath;
  }

  /** Adds a connection waiting for approval, as a private endpoint in another subscription would. */
  void addPending(String name) {
    ObjectNode connection = StubReply.JSON.createObjectNode();
    connection.put("id", parentId + "/privateEndpointConnections/" + name);
    connection.put("name", name);
    connection.put("type", shape.parentType() + "/privateEndpointConnections");
    if (shape.readOnly().contains("/location")) {
      connection.put("location", "westus");
      connection.putObject("tags").put("team", "e2e");
    }
    connection.putObject("systemData").put("createdBy", "consumer@example.com").put("createdByType", "User");
    ObjectNode properties = connection.putObject("properties");
    properties.putObject("privateEndpoint").put("id", "/subscriptions/consumer/resourceGroups/net/providers/"
        + "Microsoft.Network/privateEndpoints/pe-" + name);
    properties.putObject("privateLinkServiceConnectionState").put("status", "Pending")
        .put("description", "please approve").put("actionsRequired", "None");
    properties.put("provisioningState", "Succeeded");
    connections.put(name, connection);
    newEtag(connection);
  }

  /** The current state of a connection (a copy), or null. */
  JsonNode connection(String name) {
    ObjectNode connection = connections.get(name);
    return connection == null ? null : connection.deepCopy();
  }

  StubReply list() {
    ObjectNode page = StubReply.JSON.createObjectNode();
    page.putArray("value").addAll(connections.values());
    return StubReply.of(200, page);
  }

  StubReply get(String name) {
    ObjectNode connection = connections.get(name);
    if (connection == null) {
      return shape.getMissingIsNoContent() ? StubReply.empty(204) : notFound(name);
    }
    return withEtag(StubReply.of(200, connection.deepCopy()), connection);
  }

  /** Approves or rejects: only the connection state may change. The body was checked by the stub. */
  StubReply put(String name, JsonNode body, String ifMatch) {
    ObjectNode connection = connections.get(name);
    if (connection == null) {
      return notFound(name);
    }
    if (!matches(connection, ifMatch)) {
      return preconditionFailed(connection, ifMatch);
    }
    ObjectNode state = (ObjectNode) connection.path("properties").path("privateLinkServiceConnectionState");
    JsonNode requested = body.path("properties").path("privateLinkServiceConnectionState");
    state.put("status", requested.path("status").asText());
    state.put("description", requested.path("description").asText(null));
    newEtag(connection);
    ObjectNode properties = (ObjectNode) connection.path("properties");
    return switch (shape.put()) {
      case SYNCHRONOUS -> withEtag(StubReply.of(200, connection.deepCopy()), connection);
      case ASYNC_OPERATION -> {
        properties.put("provisioningState", "Updating");
        yield StubReply.of(201, connection.deepCopy()).header("Azure-AsyncOperation",
            startOperation(Progress.ASYNC_OPERATION, 200, () -> succeed(properties)));
      }
      case LOCATION -> {
        properties.put("provisioningState", "Updating");
        yield StubReply.empty(202).header("Location", startOperation(Progress.LOCATION, 200, () -> {
          succeed(properties);
          return connection.deepCopy();
        }));
      }
    };
  }

  StubReply delete(String name, String ifMatch) {
    ObjectNode connection = connections.get(name);
    if (connection == null) {
      return StubReply.empty(204);
    }
    if (!matches(connection, ifMatch)) {
      return preconditionFailed(connection, ifMatch);
    }
    ((ObjectNode) connection.path("properties")).put("provisioningState", "Deleting");
    if (shape.delete() == Progress.ASYNC_OPERATION) {
      String status = startOperation(Progress.ASYNC_OPERATION, 200, () -> {
        connections.remove(name);
        return null;
      });
      // ARM sends both; with final-state-via azure-async-operation the client must follow the first.
      return StubReply.empty(202).header("Azure-AsyncOperation", status)
          .header("Location", status.replace("/operationStatuses/", "/operationResults/"));
    }
    int finalStatus = shape.name().equals("KeyVault") ? 200 : 204;
    return StubReply.empty(202).header("Location", startOperation(Progress.LOCATION, finalStatus, () -> {
      ObjectNode removed = connections.remove(name);
      return finalStatus == 200 ? removed : null;
    }));
  }

  /** A poll of {@code operationStatuses/{id}} or {@code operationResults/{id}}. */
  StubReply poll(String kind, String id) {
    StubOperation operation = operations.get(id);
    if (operation == null) {
      return StubReply.error(404, "OperationNotFound", "No operation " + id);
    }
    int seen = polls.merge(id, 1, Integer::sum);
    boolean statusPoll = kind.equals("operationStatuses");
    boolean done = seen > StubOperation.POLLS_IN_PROGRESS;
    JsonNode finalBody = null;
    if (done && seen == StubOperation.POLLS_IN_PROGRESS + 1) {
      finalBody = operation.effect().get();
    }
    if (statusPoll) {
      ObjectNode status = StubReply.JSON.createObjectNode().put("id", operationsPath + "/operationStatuses/" + id)
          .put("name", id).put("status", done ? "Succeeded" : "InProgress");
      return StubReply.of(200, status);
    }
    if (!done) {
      return StubReply.empty(202).header("Location", endpoint + operationsPath + "/operationResults/" + id
          + "?api-version=" + shape.apiVersion());
    }
    return operation.finalStatus() == 204 ? StubReply.empty(204) : StubReply.of(operation.finalStatus(), finalBody);
  }

  private String startOperation(Progress progress, int finalStatus, java.util.function.Supplier<JsonNode> effect) {
    String id = UUID.randomUUID().toString();
    operations.put(id, new StubOperation(finalStatus, effect));
    String kind = progress == Progress.ASYNC_OPERATION ? "operationStatuses" : "operationResults";
    return endpoint + operationsPath + "/" + kind + "/" + id + "?api-version=" + shape.apiVersion();
  }

  private static JsonNode succeed(ObjectNode properties) {
    properties.put("provisioningState", "Succeeded");
    return null;
  }

  /** If-Match holds when absent, {@code *}, or the current ETag (services without ETags ignore it). */
  private boolean matches(ObjectNode connection, String ifMatch) {
    return !shape.etag() || ifMatch == null || ifMatch.equals("*") || ifMatch.equals(connection.path("etag").asText());
  }

  private static StubReply preconditionFailed(ObjectNode connection, String ifMatch) {
    return StubReply.error(412, "PreconditionFailed", "The ETag " + ifMatch + " does not match the connection's current "
        + connection.path("etag").asText() + "; read it again and retry.");
  }

  private void newEtag(ObjectNode connection) {
    if (shape.etag()) {
      connection.put("etag", "W/\"" + (++etagVersion) + "\"");
    }
  }

  private StubReply withEtag(StubReply reply, ObjectNode connection) {
    return shape.etag() ? reply.header("ETag", connection.path("etag").asText()) : reply;
  }

  private StubReply notFound(String name) {
    return StubReply.error(404, "ResourceNotFound", "The Resource '" + shape.parentType() + "/privateEndpointConnections/"
        + name + "' under resource group was not found.");
  }
}
