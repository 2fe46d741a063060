package io.armgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding an api-version of a service to a run moves nothing: every file generated for the first
 * version alone is still generated, at the same path and with the same content, when a second
 * version of the same service (or of the same service next to other services) is added.
 */
class PackageStabilityTest {
  private static final String V1_PACKAGE = "io/armgen/generated/containerregistry/v2021_09_01/";
  private static final String V2_PACKAGE = "io/armgen/generated/containerregistry/v2023_01_01/";

  @TempDir
  Path tmp;
  private Path specs;

  /** The bundled specs, plus a second ContainerRegistry version made from the first. */
  @BeforeEach
  void copySpecsAndAddAVersion() throws IOException {
    specs = tmp.resolve("specs");
    FileTrees.copy(RepoPaths.specs(), specs);
    Path v1 = specs.resolve("containerregistry/2021-09-01/privateEndpointConnections.json");
    String text = Files.readString(v1);
    assertTrue(text.contains("\"version\": \"2021-09-01\""), "the bundled spec's info.version moved");
    Path v2 = specs.resolve("containerregistry/2023-01-01/privateEndpointConnections.json");
    Files.createDirectories(v2.getParent());
    // a newer version with one more property, as real new versions have
    Files.writeString(v2, text.replace("\"version\": \"2021-09-01\"", "\"version\": \"2023-01-01\"")
        .replace("\"properties\": {\n        \"privateEndpoint\": {",
            "\"properties\": {\n        \"groupIds\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},\n"
                + "        \"privateEndpoint\": {"));
    assertTrue(Files.readString(v2).contains("groupIds"), "the second version did not get its new property");
  }

  @Test
  void aSecondVersionOfAServiceLeavesTheFirstVersionsFilesAsTheyWere() {
    Map<String, String> alone = generate(specs.resolve("containerregistry/2021-09-01"), false);
    Map<String, String> both = generate(specs.resolve("containerregistry"), true);
    assertTrue(alone.keySet().stream().allMatch(p -> p.startsWith(V1_PACKAGE)), alone::toString);
    assertTrue(alone.containsKey(V1_PACKAGE + "PrivateEndpointConnectionsClient.java"), alone.keySet()::toString);
    assertUnchanged(alone, both);
    assertTrue(both.containsKey(V2_PACKAGE + "PrivateEndpointConnectionsClient.java"), both.keySet()::toString);
    assertTrue(both.get(V2_PACKAGE + "models/PrivateEndpointConnection.java").contains("groupIds()"));
    assertTrue(both.keySet().stream().noneMatch(p -> p.startsWith("io/armgen/generated/common/")),
        "two versions of one service are one service: nothing to share");
  }

  @Test
  void aSecondVersionNextToOtherServicesLeavesEveryServicesFilesAsTheyWere() {
    Path v2 = specs.resolve("containerregistry/2023-01-01");
    Path aside = tmp.resolve("aside");
    move(v2, aside);
    Map<String, String> four = generate(specs, false);
    move(aside, v2);
    Map<String, String> five = generate(specs, false);
    Map<String, String> fourServices = new TreeMap<>(four);
    fourServices.keySet().removeIf(p -> p.startsWith("io/armgen/generated/common/"));
    assertEquals(4, fourServices.keySet().stream().map(p -> p.split("/")[3]).distinct().count(), fourServices.keySet()::toString);
    assertUnchanged(fourServices, five);
    assertTrue(five.containsKey(V2_PACKAGE + "PrivateEndpointConnectionsClient.java"), five.keySet()::toString);
  }

  /**
   * An older version that lacks properties the others share is judged on its own. (Shared shapes
   * once told services apart by name only: the newer version was judged in its place, and the
   * older one's classes claimed interfaces they did not implement, so the output did not compile.)
   * Lacking {@code privateEndpoint}, which the newest versions share, it stays out of the shared
   * connection instead of taking the member away (see {@code OlderApiVersionsTest}).
   */
  @Test
  void anOlderVersionWithAnotherShapeIsJudgedOnItsOwn() throws IOException {
    Path v1 = specs.resolve("containerregistry/2021-09-01/privateEndpointConnections.json");
    Path old = specs.resolve("containerregistry/2020-01-01/privateEndpointConnections.json");
    Files.createDirectories(old.getParent());
    String text = Files.readString(v1).replace("\"version\": \"2021-09-01\"", "\"version\": \"2020-01-01\"")
        .replace("\"privateEndpoint\": {\n          \"$ref\": \"#/definitions/PrivateEndpoint\",", "\"oldEndpoint\": {\n          \"$ref\": \"#/definitions/PrivateEndpoint\",");
    assertTrue(text.contains("oldEndpoint"), "the older version did not lose its privateEndpoint");
    Files.writeString(old, text);
    Files.delete(specs.resolve("containerregistry/2023-01-01/privateEndpointConnections.json"));
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(specs)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    GeneratedCode.compileClean(result.files());
    SharedShape connection = result.model().sharedShapes().stream().filter(s -> s.name().equals("PrivateEndpointConnection"))
        .findFirst().orElseThrow();
    List<String> joined = connection.joined().stream().map(SharedShape.Variant::service).toList();
    assertEquals(List.of("ContainerRegistry v2021_09_01", "ContainerService", "DocumentDB", "KeyVault"), joined);
    assertEquals(List.of("ContainerRegistry v2020_01_01"), connection.excluded().stream().map(SharedShape.Excluded::service).toList());
    assertTrue(connection.excluded().get(0).reason().contains("privateEndpoint"), connection.excluded()::toString);
    assertTrue(connection.members().stream().anyMatch(m -> m.javaName().equals("privateEndpoint")), connection.members()::toString);
  }

  private static void assertUnchanged(Map<String, String> before, Map<String, String> after) {
    for (Map.Entry<String, String> file : before.entrySet()) {
      assertTrue(after.containsKey(file.getKey()), () -> file.getKey() + " disappeared");
      assertEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " changed");
    }
  }

  private Map<String, String> generate(Path input, boolean compile) {
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(input)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    if (compile) {
      GeneratedCode.compileClean(result.files());
    }
    return result.files().stream().collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content,
        (a, b) -> { throw new AssertionError("two files at one path"); }, TreeMap::new));
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
