package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following {@code $ref}s across files, and {@link LoadResult#resolve}. */
class RefFollowingTest {
  private static final String API_DIR = "specification/svc/resource-manager/Microsoft.Svc/stable/2024-01-01/";

  @TempDir Path tmp;
  private SpecTree tree;
  private Path entry;

  @BeforeEach
  void writeSpecs() {
    tree = new SpecTree(tmp);
    entry = tree.write(API_DIR + "api.json", SpecTree.swagger(String.join("\n",
        "  \"x-ms-paths\": {\"/things?op=x\": {\"get\": {",
        "    \"parameters\": [{\"$ref\": \"./common/params.json#/parameters/ApiVersion\"}],",
        "    \"x-ms-examples\": {\"Get a thing\": {\"$ref\": \"./examples/Get.json\"}},",
        "    \"responses\": {\"200\": {\"schema\": {\"$ref\": \"./more/models.json#/definitions/M\"}}}}}},",
        "  \"definitions\": {",
        "    \"Thing\": {",
        "      \"allOf\": [{\"$ref\": \"../../../../../common-types/v1/types.json#/definitions/Resource\"}],",
        "      \"properties\": {\"props\": {\"$ref\": \"#/definitions/Props\", \"x-ms-client-flatten\": true, \"description\": \"d\"}}",
        "    },",
        "    \"Props\": {\"type\": \"object\"},",
        "    \"A\": {\"$ref\": \"#/definitions/B\"},",
        "    \"B\": {\"$ref\": \"./more/models.json#/definitions/C\"},",
        "    \"WithSiblings\": {\"$ref\": \"#/definitions/Props\", \"readOnly\": true},",
        "    \"Escaped\": {\"$ref\": \"#/x-ms-paths/~1things%3Fop=x/get\"}",
        "  }")));
    tree.write(API_DIR + "common/params.json",
        "{\"parameters\": {\"ApiVersion\": {\"name\": \"api-version\", \"in\": \"query\", \"type\": \"string\"}}}");
    tree.write(API_DIR + "examples/Get.json", "{\"parameters\": {}, \"responses\": {\"200\": {}}}");
    tree.write(API_DIR + "more/models.json", "{\"definitions\": {"
        + "\"M\": {\"$ref\": \"../common/../../../../../../common-types/v1/types.json#/definitions/Resource\"},"
        + "\"C\": {\"type\": \"object\", \"properties\": {\"p\": {\"$ref\": \"../common/params.json#/parameters/ApiVersion\"}}}}}");
    tree.write("specification/common-types/v1/types.json",
        "{\"definitions\": {\"Resource\": {\"properties\": {\"id\": {\"type\": \"string\", \"readOnly\": true},"
            + " \"sys\": {\"$ref\": \"nested/more.json#/definitions/SystemData\"}}}}}");
    tree.write("specification/common-types/v1/nested/more.json", "{\"definitions\": {\"SystemData\": {\"type\": \"object\"}}}");
  }

  private static Set<String> fileNames(LoadResult result) {
    return result.documents().keySet().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
  }

  @Test
  void loadsEveryFileReachedTransitivelyOnceKeyedByNormalisedAbsolutePath() {
    LoadResult result = SpecTree.load(entry);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(Set.of("api.json", "params.json", "Get.json", "models.json", "types.json", "more.json"), fileNames(result));
    assertEquals(6, result.documents().size());
    for (Path key : result.documents().keySet()) {
      assertEquals(key.toAbsolutePath().normalize(), key);
      assertEquals(key, result.documents().get(key).path());
    }
    assertEquals(List.of(result.documents().get(entry.toAbsolutePath().normalize())), result.entries());
  }

  @Test
  void keepsRefSiblingsAndExtensionsInTheTree() {
    JsonNode props = SpecTree.load(entry).entries().get(0).root().at("/definitions/Thing/properties/props");
    assertEquals("#/definitions/Props", props.get("$ref").textValue());
    assertTrue(props.get("x-ms-client-flatten").booleanValue());
    assertEquals("d", props.get("description").textValue());
  }

  @Test
  void namesFilesRelativeToTheWorkingDirectoryWhenBelowIt() {
    LoadResult result = new SpecLoader(LoaderOptions.defaults().withWorkingDirectory(tree.repo)).load(List.of(entry));
    Set<String> names = result.documents().values().stream().map(d -> d.displayName().replace('\\', '/')).collect(Collectors.toSet());
    assertTrue(names.contains(API_DIR + "api.json"), names::toString);
    assertTrue(names.contains("specification/common-types/v1/nested/more.json"), names::toString);
  }

  @Test
  void namesFilesOutsideTheWorkingDirectoryAsGivenAndAsReachedFromThere() {
    Path elsewhere = tmp.resolve("elsewhere");
    Path given = elsewhere.relativize(entry);
    LoadResult result = new SpecLoader(LoaderOptions.defaults().withWorkingDirectory(elsewhere)).load(List.of(elsewhere.resolve(given)));
    SpecDocument types = result.documents().values().stream()
        .filter(d -> d.path().endsWith(Path.of("v1", "types.json"))).findFirst().orElseThrow();
    assertEquals(elsewhere.resolve(given).toString(), result.entries().get(0).displayName());
    assertEquals(tree.repo.resolve("specification/common-types/v1/types.json").toString(), types.displayName());
  }

  @Test
  void resolvesLocalRemoteFileAndWholeFileRefs() {
    LoadResult result = SpecTree.load(entry);
    SpecDocument api = result.entries().get(0);
    ResolvedRef props = result.resolve(api, "#/definitions/Props").orElseThrow();
    assertSame(api, props.document());
    assertEquals("/definitions/Props", props.pointer());
    ResolvedRef version = result.resolve(api, "./common/params.json#/parameters/ApiVersion").orElseThrow();
    assertEquals("api-version", version.node().get("name").textValue());
    assertTrue(version.document().path().endsWith(Path.of("common", "params.json")));
    ResolvedRef example = result.resolve(api, "./examples/Get.json").orElseThrow();
    assertEquals("", example.pointer());
    assertSame(example.document().root(), example.node());
  }

  @Test
  void resolveIsRelativeToTheReferringFile() {
    LoadResult result = SpecTree.load(entry);
    SpecDocument models = result.documents().values().stream().filter(d -> d.path().endsWith("models.json")).findFirst().orElseThrow();
    assertEquals("query", result.resolve(models, "../common/params.json#/parameters/ApiVersion").orElseThrow().node().get("in").textValue());
    assertEquals("object", result.resolve(models, "#/definitions/C").orElseThrow().node().get("type").textValue());
  }

  @Test
  void resolveFollowsPureAliasChainsAcrossFiles() {
    LoadResult result = SpecTree.load(entry);
    ResolvedRef c = result.resolve(result.entries().get(0), "#/definitions/A").orElseThrow();
    assertTrue(c.document().path().endsWith("models.json"));
    assertEquals("/definitions/C", c.pointer());
    ResolvedRef resource = result.resolve(result.entries().get(0), "./more/models.json#/definitions/M").orElseThrow();
    assertTrue(resource.document().path().endsWith(Path.of("v1", "types.json")));
    assertEquals("/definitions/Resource", resource.pointer());
  }

  @Test
  void resolveStopsAtARefWithSiblingsBecauseTheCallerNeedsThem() {
    LoadResult result = SpecTree.load(entry);
    ResolvedRef node = result.resolve(result.entries().get(0), "#/definitions/WithSiblings").orElseThrow();
    assertEquals("/definitions/WithSiblings", node.pointer());
    assertTrue(node.node().get("readOnly").booleanValue());
  }

  @Test
  void resolveDecodesPercentEncodingAndPointerEscapes() {
    LoadResult result = SpecTree.load(entry);
    ResolvedRef get = result.resolve(result.entries().get(0), "#/definitions/Escaped").orElseThrow();
    assertEquals("/x-ms-paths/~1things?op=x/get", get.pointer());
    assertTrue(get.node().has("x-ms-examples"));
  }

  @Test
  void resolveReturnsEmptyForWhatDoesNotExist() {
    LoadResult result = SpecTree.load(entry);
    SpecDocument api = result.entries().get(0);
    assertTrue(result.resolve(api, "#/definitions/Nope").isEmpty());
    assertTrue(result.resolve(api, "./nope.json#/definitions/X").isEmpty());
    assertTrue(result.resolve(api, "https://example.com/x.json#/definitions/X").isEmpty());
    assertTrue(result.resolve(api, "#definitions/Props").isEmpty());
    assertTrue(result.resolve(api, "#/definitions/Props/properties/0").isEmpty());
  }
}
