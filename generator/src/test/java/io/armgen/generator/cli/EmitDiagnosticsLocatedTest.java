package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule of issue 12: what armgen cannot generate as written is a diagnostic naming the file and
 * the JSON pointer. Checked for the diagnostics of the emit stage (the emitter's and the sample
 * emitter's notes, and what a writer refuses) over a broad corpus, as the CLI prints them:
 * {@code file:line:col: warning EMIT_SIMPLIFIED: ... (at /pointer)}. The emit stage's diagnostics
 * are those {@code generate --samples} prints and {@code validate} (load and normalise) does not.
 * Before, the notes had an empty pointer and no line, and the samples' notes were not printed.
 */
class EmitDiagnosticsLocatedTest {
  /** One text diagnostic with a position and a pointer. */
  private static final Pattern LOCATED = Pattern.compile("^(.+):(\\d+):(\\d+): (warning|error|info) ([A-Z_]+): .+ \\(at (/.*)\\)$");

  @TempDir
  Path tmp;

  /** The 74 Swagger files of the AutoRest test server, generated together as conformance/ does. */
  @Test
  void theTestServersSwaggerFiles() throws IOException {
    Path swagger = RepoPaths.repoRoot().resolve("conformance/node_modules/@microsoft.azure/autorest.testserver/swagger");
    if (!Files.isDirectory(swagger) && "true".equals(System.getenv("CI"))) {
      fail("the AutoRest test server is not installed (npm ci --prefix conformance), and CI=true requires it");
    }
    assumeTrue(Files.isDirectory(swagger), "the AutoRest test server is not installed: skipping its corpus");
    List<Path> files;
    try (Stream<Path> list = Files.list(swagger)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(74, files.size(), "the test server's Swagger files");
    emitDiagnostics(files);
  }

  /** The upstream Azure specs (KeyVault, Cosmos DB, ContainerRegistry, AKS), with their examples as samples. */
  @Test
  void theUpstreamSpecs() throws IOException {
    Path root = RepoPaths.upstreamSpecsOrSkip();
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(root)) {
      Set<String> names = Set.of("containerregistry.json", "keyvault.json", "privateEndpointConnection.json", "managedClusters.json");
      entries = walk.filter(p -> names.contains(p.getFileName().toString())).sorted().toList();
    }
    assertEquals(4, entries.size(), entries::toString);
    emitDiagnostics(entries);
  }

  /** The repository's specs (the four services and the common types). */
  @Test
  void theRepositorysSpecs() throws IOException {
    emitDiagnostics(List.of(FileTrees.copy(RepoPaths.specs(), tmp.resolve("repo/specs"))));
  }

  /**
   * A hostile fixture with one construct per kind of note: each note is printed at the exact
   * pointer of what it is about, with its line and column.
   */
  @Test
  void eachKindOfNoteIsPrintedAtWhatItIsAbout() throws IOException {
    Path spec = tmp.resolve("specs/notes/notes.json");
    Files.createDirectories(spec.getParent());
    String things = "/subscriptions/{subscriptionId}/resourceGroups/{rg}/providers/Microsoft.Notes/things";
    Files.writeString(spec, ("{'swagger': '2.0', 'info': {'title': 'Notes', 'version': '2024-01-01'},"
        + " 'host': 'management.azure.com', 'schemes': ['https'],"
        + " 'parameters': {'sub': {'name': 'subscriptionId', 'in': 'path', 'required': true, 'type': 'string'},"
        + "   'rg': {'name': 'rg', 'in': 'path', 'required': true, 'type': 'string'}},"
        + " 'paths': {"
        // an id template with one variable twice: two id parts of one name, no id class
        + "  '" + things + "/{name}/children/{name}': {'get': {'operationId': 'Things_Get',"
        + "    'parameters': [{'$ref': '#/parameters/sub'}, {'$ref': '#/parameters/rg'},"
        + "      {'name': 'name', 'in': 'path', 'required': true, 'type': 'string'}],"
        + "    'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Thing'}}}}},"
        // next pages from an operation that is not in the group: left out
        + "  '" + things + "': {'get': {'operationId': 'Things_List',"
        + "    'x-ms-pageable': {'nextLinkName': 'nextLink', 'operationName': 'Others_ListNext'},"
        + "    'parameters': [{'$ref': '#/parameters/sub'}, {'$ref': '#/parameters/rg'}],"
        + "    'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/ThingList'}}}}},"
        // getKind claims getKindAsync, so the operation named GetKindAsync is renamed
        + "  '" + things + "/kind': {'get': {'operationId': 'Things_GetKind',"
        + "    'parameters': [{'$ref': '#/parameters/sub'}, {'$ref': '#/parameters/rg'}],"
        + "    'responses': {'200': {'description': 'ok', 'schema': {'type': 'string'}}}}},"
        + "  '" + things + "/kindAsync': {'get': {'operationId': 'Things_GetKindAsync',"
        + "    'parameters': [{'$ref': '#/parameters/sub'}, {'$ref': '#/parameters/rg'}],"
        + "    'responses': {'200': {'description': 'ok', 'schema': {'type': 'string'}}}}},"
        // response headers and a different body per status: the headers are not typed
        + "  '" + things + "/both': {'post': {'operationId': 'Things_Both',"
        + "    'parameters': [{'$ref': '#/parameters/sub'}, {'$ref': '#/parameters/rg'}],"
        + "    'responses': {'200': {'description': 'ok', 'schema': {'$ref': '#/definitions/Thing'},"
        + "        'headers': {'x-ms-count': {'type': 'integer'}}},"
        + "      '201': {'description': 'created', 'schema': {'$ref': '#/definitions/ThingList'}}}}}"
        + " },"
        + " 'definitions': {'Thing': {'type': 'object', 'properties': {'name': {'type': 'string'}}},"
        + "   'ThingList': {'type': 'object', 'properties': {'value': {'type': 'array', 'items': {'$ref': '#/definitions/Thing'}},"
        + "     'nextLink': {'type': 'string'}}}}}").replace('\'', '"'), StandardCharsets.UTF_8);
    List<String> located = emitDiagnostics(List.of(spec));
    String pathItem = "/paths/" + things.replace("/", "~1");
    assertNoteAt(located, pathItem + "~1{name}~1children~1{name}/get", "no id class for resource");
    assertNoteAt(located, pathItem + "/get", "operation Things_List is left out: its next pages come from Others_ListNext");
    assertNoteAt(located, pathItem + "~1kindAsync/get", "operation Things_GetKindAsync is emitted as getKindAsync2");
    assertNoteAt(located, pathItem + "~1both/post", "its headers are not typed");
  }

  private static void assertNoteAt(List<String> located, String pointer, String text) {
    assertTrue(located.stream().anyMatch(l -> l.contains(" warning EMIT_SIMPLIFIED: ") && l.contains(text)
        && l.endsWith(" (at " + pointer + ")")), () -> "no note '" + text + "' at " + pointer + " in:\n" + String.join("\n", located));
  }

  /**
   * Generates {@code inputs} with samples through the CLI (text diagnostics) and returns the lines
   * of the emit stage's diagnostics, after checking that each names a file, a line and column, and
   * a non-empty JSON pointer.
   */
  private List<String> emitDiagnostics(List<Path> inputs) throws IOException {
    List<String> args = new ArrayList<>(List.of("generate", "-o", tmp.resolve("out").toString(),
        "--samples", tmp.resolve("samples").toString(), "--package-prefix", "located"));
    inputs.forEach(p -> args.add(p.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run::err);
    List<String> validate = new ArrayList<>(List.of("validate", "--package-prefix", "located"));
    inputs.forEach(p -> validate.add(p.toString()));
    Set<String> beforeEmit = Set.copyOf(CliRun.of(validate.toArray(String[]::new)).err().lines().toList());
    List<String> emitted = run.err().lines().filter(l -> !l.startsWith("armgen: ") && !beforeEmit.contains(l)).toList();
    List<String> unlocated = new ArrayList<>();
    for (String line : emitted) {
      Matcher m = LOCATED.matcher(line);
      if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(3)) < 1) {
        unlocated.add(line);
      }
    }
    assertEquals(List.of(), unlocated, "emit-stage diagnostics without file:line:col and pointer");
    System.out.printf("emit diagnostics located: %d of %s%n", emitted.size(), inputs.size() == 1 ? inputs.get(0).getFileName()
        : inputs.size() + " inputs");
    return emitted;
  }
}
