package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.operation;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.LoaderOptions;
import io.armgen.generator.load.SpecLoader;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Normalises the real upstream Azure specs (test data outside the repository, in
 * {@code ../shared/upstream-specs}): no ERROR diagnostics, the private endpoint connection facts
 * of FACTS.md, and a print-out of the warnings per code.
 */
class UpstreamNormalizeTest {
  private static final String BASE = "upstream-specs/specification/";

  static Optional<Path> sharedRoot() {
    Path shared = Fixtures.repoRoot().resolve("..").resolve("shared").normalize();
    if (Files.isDirectory(shared.resolve("upstream-specs"))) {
      return Optional.of(shared);
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but the upstream specs are missing at " + shared);
    }
    return Optional.empty();
  }

  @ParameterizedTest(name = "{0} via {1}")
  @CsvSource({
      "containerregistry/resource-manager/Microsoft.ContainerRegistry/stable/2021-09-01/containerregistry.json, SPEC_LOADER",
      "containerregistry/resource-manager/Microsoft.ContainerRegistry/stable/2021-09-01/containerregistry.json, TEST_LOAD",
      "keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview/keyvault.json, SPEC_LOADER",
      "keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview/keyvault.json, TEST_LOAD",
      "cosmos-db/resource-manager/Microsoft.DocumentDB/preview/2022-02-15-preview/privateEndpointConnection.json, SPEC_LOADER",
      "cosmos-db/resource-manager/Microsoft.DocumentDB/preview/2022-02-15-preview/privateEndpointConnection.json, TEST_LOAD",
      "containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-01-01/managedClusters.json, SPEC_LOADER",
      "containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-01-01/managedClusters.json, TEST_LOAD",
  })
  void normalisesWithoutErrors(String entry, SpecsNormalizeTest.Loader loader) {
    Optional<Path> shared = sharedRoot();
    assumeTrue(shared.isPresent(), "upstream specs not present next to the repository; skipped");
    Path file = shared.get().resolve(BASE + entry);
    LoadResult loaded = loader == SpecsNormalizeTest.Loader.TEST_LOAD
        ? TestLoad.fromDisk(shared.get(), List.of(file))
        : new SpecLoader(LoaderOptions.defaults().withWorkingDirectory(shared.get())).load(List.of(file));
    NormalizeResult r = new Normalizer().normalize(loaded, NormalizeOptions.defaults());

    List<Diagnostic> errors = Fixtures.errors(r);
    assertTrue(errors.isEmpty(), () -> "errors: " + errors);
    Map<String, Long> warnings = r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
        .collect(Collectors.groupingBy(Diagnostic::code, TreeMap::new, Collectors.counting()));
    Service s = Fixtures.only(r);
    System.out.println("[upstream] " + s.name() + " (" + loader + "): " + s.objects().size() + " objects, "
        + s.enums().size() + " enums, " + s.groups().stream().mapToInt(g -> g.operations().size()).sum()
        + " operations, " + s.resources().size() + " resources; warnings " + warnings);
    checkFacts(s);
  }

  private static void checkFacts(Service s) {
    ObjectType pec = object(s, "PrivateEndpointConnection");
    assertTrue(pec.properties().stream().anyMatch(p -> p.wirePath().equals(List.of("properties", "privateLinkServiceConnectionState"))),
        "properties flattened");
    switch (s.name()) {
      case "ContainerRegistry" -> {
        assertEquals(Optional.of(new TypeRef.Runtime(RuntimeBaseTypes.PROXY_RESOURCE)), pec.parent());
        assertTrue(operation(s, "PrivateEndpointConnections_CreateOrUpdate").longRunning().isPresent());
        assertEquals(Optional.of("nextLink"), operation(s, "PrivateEndpointConnections_List").paging().orElseThrow().nextLinkName());
      }
      case "KeyVault" -> {
        assertTrue(pec.parent().orElseThrow() instanceof TypeRef.Named, "KeyVault's own Resource has read-only location/tags");
        property(pec, "etag");
        assertTrue(operation(s, "PrivateEndpointConnections_Put").longRunning().isEmpty());
        assertTrue(operation(s, "PrivateEndpointConnections_ListByResource").paging().isPresent());
      }
      case "DocumentDB" -> {
        assertEquals(Optional.empty(),
            operation(s, "PrivateEndpointConnections_ListByDatabaseAccount").paging().orElseThrow().nextLinkName());
        assertTrue(operation(s, "PrivateEndpointConnections_CreateOrUpdate").longRunning().isPresent());
      }
      case "ContainerService" -> {
        assertEquals(Optional.of(new TypeRef.Runtime(RuntimeBaseTypes.PROXY_RESOURCE)), pec.parent());
        Operation delete = operation(s, "PrivateEndpointConnections_Delete");
        assertEquals(Operation.FinalStateVia.AZURE_ASYNC_OPERATION, delete.longRunning().orElseThrow().finalStateVia());
        assertTrue(operation(s, "PrivateEndpointConnections_List").paging().isEmpty());
        assertFalse(operation(s, "PrivateEndpointConnections_Update").longRunning().isPresent());
        List<Property> secrets = s.objects().stream().flatMap(o -> o.properties().stream())
            .filter(p -> p.type().equals(TypeRef.of(TypeRef.PrimitiveKind.SECRET_STRING))).toList();
        assertFalse(secrets.isEmpty(), "format: password properties are secret strings");
        assertTrue(secrets.stream().allMatch(Property::secret));
      }
      default -> throw new AssertionError("unexpected service " + s.name());
    }
  }
}
