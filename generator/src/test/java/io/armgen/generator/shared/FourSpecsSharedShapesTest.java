package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.normalize.SharedShapesMode;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four bundled specs: what they share, and that their code compiles with shared shapes on and off. */
class FourSpecsSharedShapesTest {
  private static final String COMMON = "io.armgen.generated.common.";
  private static GeneratorResult on;
  private static ClassLoader loader;

  @BeforeAll
  static void generate() {
    on = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertFalse(on.hasErrors(), () -> on.diagnostics().toString());
    loader = GeneratedCode.load(GeneratedCode.compileClean(on.files()));
  }

  private static SharedShape shape(String name) {
    return on.model().sharedShapes().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> joined(String name) {
    return shape(name).joined().stream().map(v -> v.service() + "." + v.typeName()).toList();
  }

  @Test
  void everyServiceJoinsTheConnectionShapesEvenUnderOtherNames() {
    assertEquals(List.of("ContainerRegistry.PrivateEndpointConnection", "ContainerService.PrivateEndpointConnection",
        "DocumentDB.PrivateEndpointConnection", "KeyVault.PrivateEndpointConnection"), joined("PrivateEndpointConnection"));
    // Cosmos DB's differently named definitions are found through the property they sit on
    assertTrue(joined("PrivateLinkServiceConnectionState").contains("DocumentDB.PrivateLinkServiceConnectionStateProperty"));
    assertTrue(joined("PrivateEndpoint").contains("DocumentDB.PrivateEndpointProperty"));
    // status: ConnectionStatus (x2) and PrivateEndpointServiceConnectionStatus are enums, DocumentDB's a string
    SharedShape.Member status = shape("PrivateLinkServiceConnectionState").members().get(0);
    assertEquals("statusValue", status.getter());
    assertEquals(Optional.of("withStatusValue"), status.setter());
    assertEquals(List.of("ContainerRegistry.ConnectionStatus", "ContainerService.ConnectionStatus",
        "KeyVault.PrivateEndpointServiceConnectionStatus"), joined("ConnectionStatus"));
    assertEquals(List.of("Approved", "Pending", "Rejected", "Disconnected"), shape("ConnectionStatus").knownValues());
    assertEquals("DocumentDB", shape("ConnectionStatus").excluded().get(0).service());
    // KeyVault's PrivateEndpoint.id is read-only, so it is read-only in the shared interface
    assertEquals(Optional.empty(), shape("PrivateEndpoint").members().get(0).setter());
    assertEquals(List.of("list", "get", "approve", "reject", "delete"),
        shape("PrivateEndpointConnectionOperations").members().stream().map(SharedShape.Member::javaName).toList());
    assertTrue(on.diagnostics().stream().noneMatch(d -> d.severity() == Severity.INFO
        && d.code().startsWith("SHARED")), on.diagnostics()::toString);
  }

  @Test
  void everyServiceClassImplementsTheSharedInterfaces() throws Exception {
    Class<?> connection = loader.loadClass(COMMON + "PrivateEndpointConnection");
    Class<?> operations = loader.loadClass(COMMON + "PrivateEndpointConnectionOperations");
    for (String service : List.of("containerregistry.v2021_09_01", "containerservice.v2026_01_01", "documentdb.v2022_02_15_preview",
        "keyvault.v2021_06_01_preview")) {
      String pkg = "io.armgen.generated." + service;
      assertTrue(connection.isAssignableFrom(loader.loadClass(pkg + ".models.PrivateEndpointConnection")), service);
      assertTrue(operations.isAssignableFrom(loader.loadClass(pkg + ".PrivateEndpointConnectionsClient")), service);
    }
  }

  @Test
  void aStateFromOneServiceCanBeSetOnAnothersConnection() throws Exception {
    Class<?> state = loader.loadClass(COMMON + "PrivateLinkServiceConnectionState");
    Class<?> connection = loader.loadClass(COMMON + "PrivateEndpointConnection");
    Object cosmosState = loader.loadClass("io.armgen.generated.documentdb.v2022_02_15_preview.models.PrivateLinkServiceConnectionStateProperty")
        .getConstructor().newInstance();
    state.getMethod("withStatusValue", String.class).invoke(cosmosState, "approved");
    state.getMethod("withDescription", String.class).invoke(cosmosState, "ok by policy");
    Class<?> vaultConnectionClass = loader.loadClass("io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection");
    Object vaultConnection = vaultConnectionClass.getConstructor().newInstance();
    connection.getMethod("withPrivateLinkServiceConnectionState", state).invoke(vaultConnection, cosmosState);
    Object vaultState = vaultConnectionClass.getMethod("privateLinkServiceConnectionState").invoke(vaultConnection);
    // converted into KeyVault's own class; the open enum matched "approved" to its Approved constant
    assertEquals("io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateLinkServiceConnectionState", vaultState.getClass().getName());
    Object status = vaultState.getClass().getMethod("status").invoke(vaultState);
    assertEquals("Approved", status.toString());
    assertEquals("Approved", state.getMethod("statusValue").invoke(vaultState));
    assertEquals("ok by policy", state.getMethod("description").invoke(vaultState));
    assertNull(connection.getMethod("provisioningStateValue").invoke(vaultConnection));
  }

  @Test
  void offGeneratesTheSameServicesWithoutCommonCodeAndStillCompiles() {
    GeneratorResult off = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs()))
        .withSharedShapes(SharedShapesMode.OFF));
    assertEquals(List.of(), off.model().sharedShapes());
    assertTrue(off.files().stream().noneMatch(f -> f.relativePath().contains("/common/")));
    assertEquals(on.files().size() - 9, off.files().size(), "8 common types and a package-info");
    GeneratedCode.compileClean(off.files());
    String client = off.files().stream().map(GeneratedFile::content)
        .filter(c -> c.contains("class PrivateEndpointConnectionsClient")).findFirst().orElseThrow();
    assertFalse(client.contains("implements"), client);
  }
}
