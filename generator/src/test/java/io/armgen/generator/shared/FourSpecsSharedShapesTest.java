package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.normalize.SharedShapesMode;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import io.armgen.runtime.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four bundled specs: what they share, and that their code compiles with shared shapes on and off. */
class FourSpecsSharedShapesTest {
  private static final String COMMON = "io.armgen.generated.common.";
  private static final List<String> SERVICES = List.of("containerregistry.v2021_09_01", "containerservice.v2026_01_01",
      "documentdb.v2022_02_15_preview", "keyvault.v2021_06_01_preview");
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
    // status: ConnectionStatus (x2) and PrivateEndpointServiceConnectionStatus are enums, DocumentDB's a
    // string; the shared member keeps the property's name and has the shared enum's type
    SharedShape.Member status = shape("PrivateLinkServiceConnectionState").members().get(0);
    assertEquals("status", status.javaName());
    assertEquals(Optional.of("withStatus"), status.setter());
    assertEquals(new TypeRef.Named("CommonConnectionStatus"), status.type());
    assertEquals(List.of("ContainerRegistry.ConnectionStatus", "ContainerService.ConnectionStatus",
        "KeyVault.PrivateEndpointServiceConnectionStatus", "DocumentDB.String"), joined("ConnectionStatus"));
    assertEquals(List.of("Approved", "Pending", "Rejected", "Disconnected"), shape("ConnectionStatus").knownValues());
    // KeyVault's PrivateEndpoint.id is read-only, so it is read-only in the shared interface
    assertEquals(Optional.empty(), shape("PrivateEndpoint").members().get(0).setter());
    assertEquals(List.of("list", "get", "approve", "reject", "delete"),
        shape("PrivateEndpointConnectionOperations").members().stream().map(SharedShape.Member::javaName).toList());
    assertTrue(on.diagnostics().stream().noneMatch(d -> d.severity() == Severity.INFO
        && d.code().startsWith("SHARED")), on.diagnostics()::toString);
  }

  @Test
  void everyServiceOffersTheCommonViewAndItsClientImplementsTheCommonOperations() throws Exception {
    Class<?> connection = loader.loadClass(COMMON + "CommonPrivateEndpointConnection");
    Class<?> operations = loader.loadClass(COMMON + "CommonPrivateEndpointConnectionOperations");
    for (String service : SERVICES) {
      String pkg = "io.armgen.generated." + service;
      Class<?> model = loader.loadClass(pkg + ".models.PrivateEndpointConnection");
      assertEquals(connection, model.getMethod("asCommon").getReturnType(), service);
      assertEquals(model, model.getMethod("fromCommon", connection).getReturnType(), service);
      // the model is not the interface: its accessors keep the service's own types
      assertFalse(connection.isAssignableFrom(model), service);
      assertTrue(operations.isAssignableFrom(loader.loadClass(pkg + ".PrivateEndpointConnectionsClient")), service);
    }
  }

  /** No class of the output, model or common interface, has a second getter or setter for one property. */
  @Test
  void everyPropertyHasOneGetterAndOneSetterName() throws Exception {
    List<String> twice = new ArrayList<>();
    for (GeneratedFile file : on.files()) {
      String path = file.relativePath();
      if (!path.endsWith(".java") || path.endsWith("package-info.java")) {
        continue;
      }
      Class<?> type = loader.loadClass(path.substring(0, path.length() - 5).replace('/', '.'));
      Set<String> getters = new HashSet<>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
          getters.add(m.getName());
        }
      }
      for (String getter : getters) {
        for (String suffix : List.of("Value", "SharedValue")) {
          if (getter.endsWith(suffix) && getters.contains(getter.substring(0, getter.length() - suffix.length()))) {
            twice.add(type.getName() + "." + getter);
          }
        }
      }
    }
    assertEquals(List.of(), twice);
    Class<?> acrState = loader.loadClass("io.armgen.generated.containerregistry.v2021_09_01.models.PrivateLinkServiceConnectionState");
    Class<?> commonState = loader.loadClass(COMMON + "CommonPrivateLinkServiceConnectionState");
    assertEquals("io.armgen.generated.containerregistry.v2021_09_01.models.ConnectionStatus",
        acrState.getMethod("status").getReturnType().getName());
    assertEquals(COMMON + "CommonConnectionStatus", commonState.getMethod("status").getReturnType().getName());
    assertEquals(1, Arrays.stream(acrState.getMethods()).filter(m -> m.getName().equals("withStatus")).count());
    assertEquals(1, Arrays.stream(commonState.getMethods()).filter(m -> m.getName().equals("withStatus")).count());
  }

  @Test
  void aStateFromOneServiceCanBeSetOnAnothersConnection() throws Exception {
    Class<?> state = loader.loadClass(COMMON + "CommonPrivateLinkServiceConnectionState");
    Class<?> connection = loader.loadClass(COMMON + "CommonPrivateEndpointConnection");
    Class<?> status = loader.loadClass(COMMON + "CommonConnectionStatus");
    Object cosmosState = loader.loadClass("io.armgen.generated.documentdb.v2022_02_15_preview.models.PrivateLinkServiceConnectionStateProperty")
        .getConstructor().newInstance();
    Object cosmosView = cosmosState.getClass().getMethod("asCommon").invoke(cosmosState);
    state.getMethod("withStatus", status).invoke(cosmosView, status.getMethod("fromString", String.class).invoke(null, "approved"));
    state.getMethod("withDescription", String.class).invoke(cosmosView, "ok by policy");
    // the view wrote through to Cosmos DB's own model, whose status is a plain string
    assertEquals("Approved", cosmosState.getClass().getMethod("status").invoke(cosmosState));

    Class<?> vaultConnectionClass = loader.loadClass("io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection");
    Object vaultConnection = vaultConnectionClass.getConstructor().newInstance();
    Object vaultView = vaultConnectionClass.getMethod("asCommon").invoke(vaultConnection);
    connection.getMethod("withPrivateLinkServiceConnectionState", state).invoke(vaultView, cosmosView);
    Object vaultState = vaultConnectionClass.getMethod("privateLinkServiceConnectionState").invoke(vaultConnection);
    // converted into KeyVault's own class; the open enum matched "Approved" to its Approved constant
    assertEquals("io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateLinkServiceConnectionState", vaultState.getClass().getName());
    Object vaultStatus = vaultState.getClass().getMethod("status").invoke(vaultState);
    assertEquals("PrivateEndpointServiceConnectionStatus", vaultStatus.getClass().getSimpleName());
    assertEquals("Approved", vaultStatus.toString());
    Object viewState = connection.getMethod("privateLinkServiceConnectionState").invoke(vaultView);
    assertEquals(status.getField("APPROVED").get(null), state.getMethod("status").invoke(viewState));
    assertEquals("ok by policy", state.getMethod("description").invoke(viewState));
    assertNull(connection.getMethod("provisioningState").invoke(vaultView));
    // a view of the service's own model gives back that very object
    assertSame(vaultState, vaultState.getClass().getMethod("fromCommon", state).invoke(null, viewState));
  }

  /** A list of models is seen as a list of their views, element by element, a null one kept. */
  @Test
  void aListResultsViewHoldsTheViewsOfItsConnections() throws Exception {
    Class<?> page = loader.loadClass("io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnectionListResult");
    Method fromJson = page.getMethod("fromJson", JsonParser.class);
    Object kvPage = Json.parse("{\"value\":[{\"name\":\"pe-1\"},null,{\"name\":\"pe-2\"}]}", p -> {
      try {
        return fromJson.invoke(null, p);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
    Object view = page.getMethod("asCommon").invoke(kvPage);
    Class<?> connection = loader.loadClass(COMMON + "CommonPrivateEndpointConnection");
    List<?> items = (List<?>) loader.loadClass(COMMON + "CommonPrivateEndpointConnectionListResult").getMethod("value").invoke(view);
    assertEquals(3, items.size());
    assertEquals("pe-1", connection.getMethod("name").invoke(items.get(0)));
    assertNull(items.get(1));
    assertEquals("pe-2", connection.getMethod("name").invoke(items.get(2)));
    assertTrue(connection.isInstance(items.get(2)));
  }

  /** One service's enum and another's plain string are enough for a shared enum (its only enum variant). */
  @Test
  void anEnumAndAPlainStringOfTwoServicesShareTheEnum() {
    GeneratorResult two = new Generator().generate(GeneratorOptions.of(List.of(
        RepoPaths.specs().resolve("containerservice"), RepoPaths.specs().resolve("documentdb"))));
    assertFalse(two.hasErrors(), () -> two.diagnostics().toString());
    SharedShape status = two.model().sharedShapes().stream().filter(s -> s.name().equals("ConnectionStatus"))
        .findFirst().orElseThrow();
    assertEquals(List.of("ContainerService.ConnectionStatus", "DocumentDB.String"),
        status.joined().stream().map(v -> v.service() + "." + v.typeName()).toList());
    assertTrue(two.files().stream().anyMatch(f -> f.relativePath().endsWith("common/CommonConnectionStatus.java")));
    GeneratedCode.compileClean(two.files());
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
