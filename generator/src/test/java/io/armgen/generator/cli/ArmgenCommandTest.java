package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmgenCommandTest {
  @TempDir
  Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void versionAndHelp() {
    CliRun v = run("--version");
    assertEquals(0, v.exit());
    String version = System.getProperty("armgen.projectVersion");
    // a checkout knows its commit; a build from a source archive says so instead of inventing one
    String commit = Files.exists(RepoPaths.repoRoot().resolve(".git")) ? "[0-9a-f]{12}" : "unknown";
    assertTrue(v.out().lines().findFirst().orElse("").matches("armgen " + java.util.regex.Pattern.quote(version)
        + " \\(commit " + commit + "\\)"), v.out());
    CliRun h = run("generate", "--help");
    assertEquals(0, h.exit());
    assertTrue(h.out().contains("--package-prefix") && h.out().contains("--output"), h.out());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run().exit());
    assertEquals(2, run("generate", "--no-such-option").exit());
    assertEquals(2, run("frobnicate").exit());
    CliRun badFormat = run("validate", "--diagnostics-format", "xml");
    assertEquals(2, badFormat.exit());
    assertTrue(badFormat.err().contains("'--diagnostics-format': expected text or json but was 'xml'"), badFormat.err());
    assertTrue(badFormat.err().contains("Try 'armgen validate --help'"), badFormat.err());
    CliRun unknown = run("generate", "--no-such-option");
    assertTrue(unknown.err().startsWith("armgen: Unknown option: '--no-such-option'"), unknown.err());
  }

  @Test
  void helpForEveryCommand() {
    CliRun top = run("--help");
    assertEquals(0, top.exit());
    for (String command : new String[] {"generate", "validate", "model", "docs"}) {
      assertTrue(top.out().contains("  " + command + " "), top.out());
      CliRun viaHelp = run("help", command);
      assertEquals(0, viaHelp.exit());
      assertTrue(viaHelp.out().startsWith("Usage: armgen " + command + " [OPTIONS] [SPEC...]"), viaHelp.out());
      assertEquals(viaHelp.out(), run(command, "-h").out());
      assertTrue(viaHelp.out().contains("--diagnostics-format FORMAT"), viaHelp.out());
    }
    assertEquals(2, run("help", "frobnicate").exit());
  }

  @Test
  void generatesTheBundledSpecsWithASummaryLine() throws Exception {
    Path out = tmp.resolve("gen");
    CliRun r = run("generate", RepoPaths.specs().toString(), "-o", out.toString(), "--package-prefix", "com.example.arm");
    assertEquals(0, r.exit(), r.err());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.matches("armgen: 4 services, \\d+ types, 16 operations; \\d+ files written in .* \\(\\d+ ms.*\\)"), last);
    assertTrue(Files.isRegularFile(out.resolve("com/example/arm/keyvault/v2021_06_01_preview/PrivateEndpointConnectionsClient.java")));
    CliRun again = run("generate", RepoPaths.specs().toString(), "-o", out.toString(), "--package-prefix", "com.example.arm");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("files up to date"), again.out());
  }

  @Test
  void brokenSpecExitsOneNamingFileAndLineAndWritesNothing() throws Exception {
    Path spec = tmp.resolve("broken.json");
    Files.writeString(spec, "{\n  \"swagger\": \"2.0\",\n  \"paths\": {,}\n}\n");
    Path out = tmp.resolve("gen");
    CliRun r = run("generate", spec.toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains("broken.json:3:"), r.err());
    assertTrue(r.err().contains("error JSON_SYNTAX"), r.err());
    assertTrue(Files.notExists(out));
  }

  @Test
  void validateReportsEveryDanglingRefAsJson() throws Exception {
    Path spec = tmp.resolve("refs.json");
    Files.writeString(spec, "{\"swagger\":\"2.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},"
        + "\"definitions\":{\"A\":{\"properties\":{\"b\":{\"$ref\":\"#/definitions/Missing1\"},"
        + "\"c\":{\"$ref\":\"#/definitions/Missing2\"}}}}}");
    CliRun r = run("validate", spec.toString(), "--diagnostics-format", "json");
    assertEquals(1, r.exit());
    String json = r.err().substring(r.err().indexOf('['), r.err().lastIndexOf(']') + 1);
    JsonNode arr = new ObjectMapper().readTree(json);
    long dangling = 0;
    for (JsonNode d : arr) {
      if (d.path("code").asText().equals("REF_DANGLING")) {
        dangling++;
        assertTrue(d.path("file").asText().endsWith("refs.json"));
        assertTrue(d.path("pointer").asText().startsWith("/definitions/A/properties/"));
      }
    }
    assertEquals(2, dangling, r.err());
  }

  @Test
  void modelDumpsTheNormalisedModel() throws Exception {
    CliRun r = run("model", RepoPaths.specs().resolve("keyvault").toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode model = new ObjectMapper().readTree(r.out());
    assertEquals("KeyVault", model.at("/services/0/name").asText());
    assertEquals("2021-06-01-preview", model.at("/services/0/apiVersion").asText());
  }
}
