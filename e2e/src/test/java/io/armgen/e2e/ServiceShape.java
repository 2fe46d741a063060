package io.armgen.e2e;

import java.util.List;

/**
 * What the stand-in for ARM must know about one service, taken from its spec in {@code specs/}:
 * where its connections live, its api-version, how its PUT and DELETE run (synchronously or as
 * long-running operations, and how they report progress), and which properties are read-only.
 *
 * @param name the service, for messages
 * @param apiVersion the spec's api-version; any other is refused
 * @param parentType the provider and parent resource type, e.g. {@code Microsoft.KeyVault/vaults}
 * @param put how the PUT that approves or rejects answers
 * @param delete how the DELETE answers
 * @param etag whether connections carry an ETag and honour If-Match
 * @param getMissingIsNoContent whether GET of a missing connection answers 204 (KeyVault's spec) instead of 404
 * @param readOnly JSON pointers of the read-only properties a PUT body must not contain
 */
record ServiceShape(String name, String apiVersion, String parentType, Progress put, Progress delete, boolean etag,
    boolean getMissingIsNoContent, List<String> readOnly) {

  /** How an operation reports progress. */
  enum Progress {
    /** Answers at once: 200 with the resource (PUT). */
    SYNCHRONOUS,
    /** 201 (PUT) or 202 (DELETE) with Azure-AsyncOperation (DELETE: and Location); the status URL says InProgress, then Succeeded. */
    ASYNC_OPERATION,
    /** 202 with Location; polling it answers 202, then 200 (PUT) or 204 (DELETE). */
    LOCATION
  }

  /** The properties every ARM resource has and no PUT may send. */
  private static final List<String> ARM_READ_ONLY = List.of("/id", "/name", "/type", "/systemData");

  /** AKS: PUT answers synchronously; DELETE is long-running with final-state-via azure-async-operation. */
  static final ServiceShape CONTAINER_SERVICE = new ServiceShape("ContainerService", "2026-01-01",
      "Microsoft.ContainerService/managedClusters", Progress.SYNCHRONOUS, Progress.ASYNC_OPERATION, false, false,
      with("/properties/provisioningState"));

  /** ACR: both PUT and DELETE are long-running. */
  static final ServiceShape CONTAINER_REGISTRY = new ServiceShape("ContainerRegistry", "2021-09-01",
      "Microsoft.ContainerRegistry/registries", Progress.ASYNC_OPERATION, Progress.LOCATION, false, false,
      with("/properties/provisioningState"));

  /** Cosmos DB: PUT answers 202; its provisioningState is writable in this spec, actionsRequired is not. */
  static final ServiceShape DOCUMENT_DB = new ServiceShape("DocumentDB", "2022-02-15-preview",
      "Microsoft.DocumentDB/databaseAccounts", Progress.LOCATION, Progress.ASYNC_OPERATION, false, false,
      with("/properties/privateLinkServiceConnectionState/actionsRequired"));

  /** Key Vault: synchronous PUT with ETag / If-Match; long-running DELETE; GET of a missing connection is 204. */
  static final ServiceShape KEY_VAULT = new ServiceShape("KeyVault", "2021-06-01-preview",
      "Microsoft.KeyVault/vaults", Progress.SYNCHRONOUS, Progress.LOCATION, true, true,
      with("/properties/provisioningState", "/properties/privateEndpoint/id", "/location", "/tags"));

  /** {@code Microsoft.KeyVault} of {@code Microsoft.KeyVault/vaults}. */
  String provider() {
    return parentType.substring(0, parentType.indexOf('/'));
  }

  private static List<String> with(String... serviceReadOnly) {
    return java.util.stream.Stream.concat(ARM_READ_ONLY.stream(), java.util.Arrays.stream(serviceReadOnly)).toList();
  }
}
