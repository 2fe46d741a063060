package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder given to the CLI: every file in it is either generated, reported, or (examples and
 * common types reached through {@code $ref}) known to be used. Nothing is dropped without a word.
 */
class FolderDiscoveryTest {
  @TempDir
  Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path copyOfSpecs() throws IOException {
    return FileTrees.copy(RepoPaths.specs(), tmp.resolve("specs"));
  }

  @Test
  void theBundledSpecsFolderReportsNothingAboutExamplesOrTheCommonTypes() throws IOException {
    CliRun r = run("validate", copyOfSpecs().toString());
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("SPEC_SKIPPED") || r.err().contains("SPEC_NOT_READ"), r.err());
    assertTrue(r.out().contains("4 services"), r.out());
  }

  @Test
  void oneTrailingCommaInOneSpecOfTheFolderFailsNamingFileLineAndColumn() throws IOException {
    Path specs = copyOfSpecs();
    Path registry = specs.resolve("containerregistry/2021-09-01/privateEndpointConnections.json");
    List<String> lines = Files.readAllLines(registry);
    int at = lines.indexOf(lines.stream().filter(l -> l.contains("\"swagger\": \"2.0\"")).findFirst().orElseThrow());
    lines.set(at, lines.get(at).replace("\"swagger\": \"2.0\"", "\"swagger\": \"2.0\",,"));
    Files.write(registry, lines);

    for (String command : List.of("validate", "generate")) {
      Path out = tmp.resolve("out-" + command);
      CliRun r = command.equals("validate") ? run(command, specs.toString()) : run(command, specs.toString(), "-o", out.toString());
      assertEquals(1, r.exit(), r.out() + r.err());
      String expected = "privateEndpointConnections.json:" + (at + 1) + ":";
      assertTrue(r.err().lines().anyMatch(l -> l.contains("containerregistry") && l.contains(expected)
          && l.contains("error JSON_SYNTAX")), r.err());
      assertFalse(r.out().contains("armgen: valid"), r.out());
      assertTrue(Files.notExists(out));
    }
  }

  @Test
  void aFolderHoldingOnlyAnOpenApi3DocumentSaysSoAndFails() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("specification/svc"));
    Files.writeString(folder.resolve("openapi.yaml"), "openapi: 3.0.1\ninfo:\n  version: '1'\npaths:\n  /x: {}\n");
    CliRun r = run("validate", folder.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("openapi.yaml:1:1: warning SPEC_NOT_READ: an OpenAPI 3.0.1 document: armgen reads"
        + " Swagger 2.0 only; the file is not generated (at /openapi)"), r.err());
    assertTrue(r.err().contains("error NO_SPECS: no Swagger 2.0 entry document found: 1 file was skipped"), r.err());
  }

  @Test
  void aMisspelledEntryIsAWarningThatStrictTurnsIntoAFailure() throws IOException {
    Path specs = copyOfSpecs();
    Files.writeString(specs.resolve("keyvault/typo.json"), "{\"swager\": \"2.0\", \"paths\": {\"/x\": {}}}");
    CliRun lenient = run("validate", specs.toString());
    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.err().contains("typo.json:1:2: warning SPEC_NOT_READ: no \"swagger\" key, but \"swager\": is it"
        + " misspelled?; the file is not generated (at /swager)"), lenient.err());
    assertEquals(1, run("validate", specs.toString(), "--strict").exit());
  }

  @Test
  void aDefinitionsOnlyFileNoSpecReachesIsMentioned() throws IOException {
    Path specs = copyOfSpecs();
    Files.writeString(specs.resolve("keyvault/orphan.json"), "{\"swagger\": \"2.0\", \"paths\": {}, \"definitions\": {}}");
    CliRun r = run("validate", specs.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("orphan.json: info SPEC_SKIPPED: no operations: \"paths\" is empty"), r.err());
    assertFalse(r.err().contains("types.json"), r.err());
  }
}
