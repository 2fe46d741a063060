package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.assertNoErrors;
import static io.armgen.generator.normalize.Fixtures.enumType;
import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.operation;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.LoaderOptions;
import io.armgen.generator.load.SpecLoader;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Normalises the four specs in specs/ and checks the facts the emitter relies on. */
class SpecsNormalizeTest {
  private static final TypeRef PROXY = new TypeRef.Runtime("io.armgen.runtime.arm.ProxyResource");
  private static final TypeRef MANAGEMENT_ERROR = new TypeRef.Runtime("io.armgen.runtime.arm.ManagementError");

  /** Both the project's loader and the test-scope one must lead to the same facts. */
  enum Loader { SPEC_LOADER, TEST_LOAD }

  private static NormalizeResult normalize(Loader loader, String spec) {
    Path root = Fixtures.repoRoot();
    Path file = root.resolve("specs").resolve(spec);
    LoadResult loaded = loader == Loader.TEST_LOAD
        ? TestLoad.fromDisk(root, List.of(file))
        : new SpecLoader(LoaderOptions.defaults().withWorkingDirectory(root)).load(List.of(file));
    assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), () -> "load errors: " + loaded.diagnostics());
    NormalizeResult r = new Normalizer().normalize(loaded, NormalizeOptions.defaults());
    assertNoErrors(r);
    return r;
  }

  @ParameterizedTest
  @EnumSource(Loader.class)
  void containerRegistry(Loader loader) {
    Service s = Fixtures.only(normalize(loader, "containerregistry/2021-09-01/privateEndpointConnections.json"));
    assertEquals("ContainerRegistry", s.name());
    assertEquals("Microsoft.ContainerRegistry", s.namespace());
    assertEquals("io.armgen.generated.containerregistry.v2021_09_01", s.javaPackage());
    assertEquals("2021-09-01", s.apiVersion());

    ObjectType pec = object(s, "PrivateEndpointConnection");
    assertEquals(Optional.of(PROXY), pec.parent());
    assertEquals(List.of("privateEndpoint", "privateLinkServiceConnectionState", "provisioningState"),
        pec.properties().stream().map(Property::javaName).toList());
    for (Property p : pec.properties()) {
      assertEquals(List.of("properties", p.javaName()), p.wirePath());
    }
    assertTrue(property(pec, "provisioningState").readOnly());
    assertFalse(hasObject(s, "PrivateEndpointConnectionProperties"), "flattened type is not generated");
    assertFalse(hasObject(s, "ProxyResource"), "runtime base is not generated");
    assertFalse(s.enums().stream().anyMatch(e -> e.name().equalsIgnoreCase("CreatedByType")), "SystemData owns createdByType");

    EnumType status = enumType(s, "ConnectionStatus");
    assertTrue(status.expandable());
    assertEquals(List.of("Approved", "Pending", "Rejected", "Disconnected"), values(status));
    assertEquals(List.of("None", "Recreate"), values(enumType(s, "ActionsRequired")));
    assertEquals(new TypeRef.Named("ConnectionStatus"), property(object(s, "PrivateLinkServiceConnectionState"), "status").type());

    Operation put = operation(s, "PrivateEndpointConnections_CreateOrUpdate");
    assertEquals("createOrUpdate", put.javaName());
    assertEquals(Operation.FinalStateVia.DEFAULT, put.longRunning().orElseThrow().finalStateVia());
    assertEquals(new TypeRef.Named("PrivateEndpointConnection"), put.body().orElseThrow().type());
    Operation list = operation(s, "PrivateEndpointConnections_List");
    Operation.Paging paging = list.paging().orElseThrow();
    assertEquals(Optional.of("nextLink"), paging.nextLinkName());
    assertEquals("value", paging.itemName());
    assertEquals(new TypeRef.Named("PrivateEndpointConnectionListResult"), paging.pageType());
    assertEquals(new TypeRef.Named("PrivateEndpointConnection"), paging.itemType());
    assertEquals(List.of("Azure-AsyncOperation", "Location"),
        operation(s, "PrivateEndpointConnections_Delete").responses().stream().filter(r -> r.status() == 202).findFirst()
            .orElseThrow().headers().stream().map(Operation.Header::name).toList());

    assertEquals(1, s.groups().size());
    assertEquals("PrivateEndpointConnections", s.groups().get(0).name());
    assertClientParameters(s, "2021-09-01");
    assertExamples(s);

    ResourceType resource = s.resources().get(0);
    assertEquals(1, s.resources().size());
    assertEquals("PrivateEndpointConnection", resource.name());
    assertEquals("Microsoft.ContainerRegistry/registries/privateEndpointConnections", resource.type());
    assertEquals("PrivateEndpointConnection", resource.modelType());
    assertEquals(List.of("subscriptionId", "resourceGroupName", "registryName", "privateEndpointConnectionName"),
        resource.segments().stream().map(ResourceType.Segment::variable).toList());
  }

  @ParameterizedTest
  @EnumSource(Loader.class)
  void keyVault(Loader loader) {
    Service s = Fixtures.only(normalize(loader, "keyvault/2021-06-01-preview/privateEndpointConnections.json"));
    assertEquals("KeyVault", s.name());
    ObjectType pec = object(s, "PrivateEndpointConnection");
    assertEquals(Optional.of(new TypeRef.Named("Resource")), pec.parent(), "look-alike Resource is generated");
    assertTrue(pec.armResource());
    ObjectType resource = object(s, "Resource");
    assertTrue(property(resource, "location").readOnly());
    assertTrue(property(resource, "tags").readOnly());
    assertEquals(new TypeRef.MapOf(TypeRef.of(PrimitiveKind.STRING)), property(resource, "tags").type());
    assertEquals(List.of("etag"), property(pec, "etag").wirePath());
    assertEquals(List.of("properties", "privateLinkServiceConnectionState"), property(pec, "privateLinkServiceConnectionState").wirePath());
    assertEquals(List.of("None"), values(enumType(s, "ActionsRequired")));
    assertTrue(enumType(s, "PrivateEndpointServiceConnectionStatus").expandable());
    assertTrue(operation(s, "PrivateEndpointConnections_Put").longRunning().isEmpty());
    assertEquals(List.of(200, 204), operation(s, "PrivateEndpointConnections_Get").responses().stream().map(Operation.Response::status).toList());
    assertEquals("listByResource", operation(s, "PrivateEndpointConnections_ListByResource").javaName());
    assertTrue(operation(s, "PrivateEndpointConnections_ListByResource").paging().isPresent());
    assertClientParameters(s, "2021-06-01-preview");
    assertExamples(s);
  }

  @ParameterizedTest
  @EnumSource(Loader.class)
  void documentDb(Loader loader) {
    Service s = Fixtures.only(normalize(loader, "documentdb/2022-02-15-preview/privateEndpointConnections.json"));
    assertEquals("DocumentDB", s.name());
    assertEquals("io.armgen.generated.documentdb.v2022_02_15_preview", s.javaPackage());
    ObjectType pec = object(s, "PrivateEndpointConnection");
    assertEquals(Optional.of(PROXY), pec.parent());
    assertEquals(List.of("privateEndpoint", "privateLinkServiceConnectionState", "groupId", "provisioningState"),
        pec.properties().stream().map(Property::javaName).toList());
    ObjectType state = object(s, "PrivateLinkServiceConnectionStateProperty");
    assertEquals(TypeRef.of(PrimitiveKind.STRING), property(state, "status").type());
    Property actions = property(state, "actionsRequired");
    assertEquals(TypeRef.of(PrimitiveKind.STRING), actions.type());
    assertTrue(actions.readOnly());
    assertTrue(s.enums().isEmpty(), () -> "no enums expected: " + s.enums());
    Operation.Paging paging = operation(s, "PrivateEndpointConnections_ListByDatabaseAccount").paging().orElseThrow();
    assertEquals(Optional.empty(), paging.nextLinkName());
    assertClientParameters(s, "2022-02-15-preview");
    assertExamples(s);
  }

  @ParameterizedTest
  @EnumSource(Loader.class)
  void containerService(Loader loader) {
    Service s = Fixtures.only(normalize(loader, "containerservice/2026-01-01/privateEndpointConnections.json"));
    assertEquals("ContainerService", s.name());
    ObjectType pec = object(s, "PrivateEndpointConnection");
    assertEquals(Optional.of(PROXY), pec.parent());
    assertFalse(pec.properties().stream().anyMatch(p -> p.wireName().equals("systemData")), "runtime ProxyResource has systemData");
    Property state = property(pec, "privateLinkServiceConnectionState");
    assertFalse(state.required(), "required only inside 'properties', which itself is optional");
    assertEquals(List.of("properties", "privateLinkServiceConnectionState"), state.wirePath());
    Operation delete = operation(s, "PrivateEndpointConnections_Delete");
    assertEquals(Operation.FinalStateVia.AZURE_ASYNC_OPERATION, delete.longRunning().orElseThrow().finalStateVia());
    assertTrue(operation(s, "PrivateEndpointConnections_List").paging().isEmpty());
    Operation update = operation(s, "PrivateEndpointConnections_Update");
    assertTrue(update.longRunning().isEmpty());
    assertEquals(List.of(200, 201), update.responses().stream().map(Operation.Response::status).toList());
    EnumType status = enumType(s, "ConnectionStatus");
    assertEquals("The owner approved the connection.", status.values().get(1).description());
    assertEquals("APPROVED", status.values().get(1).javaName());
    assertTrue(property(pec, "provisioningState").readOnly());
    assertClientParameters(s, "2026-01-01");
    assertExamples(s);
  }

  private static List<String> values(EnumType e) {
    return e.values().stream().map(EnumType.EnumValue::value).toList();
  }

  private static void assertClientParameters(Service s, String version) {
    for (Operation op : s.groups().get(0).operations()) {
      assertEquals(Optional.of(MANAGEMENT_ERROR), op.errorType(), op.operationId());
      for (Parameter p : op.parameters()) {
        boolean client = p.wireName().equals("subscriptionId") || p.wireName().equals("api-version");
        assertEquals(client, p.client(), op.operationId() + " " + p.wireName());
        if (p.wireName().equals("api-version")) {
          assertEquals(version, p.constantValue());
        }
      }
    }
  }

  private static void assertExamples(Service s) {
    for (Operation op : s.groups().get(0).operations()) {
      assertEquals(1, op.examples().size(), op.operationId());
      Operation.Example example = op.examples().get(0);
      assertTrue(example.file().startsWith("./examples/"), example.file());
      assertTrue(TestLoad.parse(example.json()).has("parameters"), example.json());
    }
  }
}
