package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.cli.HonestOutputTest.Run;
import io.armgen.generator.config.ConfigException;
import io.armgen.generator.config.ConfigFile;
import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI side of the settings file (docs/configuration.md): one test per setting, each showing
 * the setting's effect from the file and a flag overriding it. Paths in the file are relative to
 * the file's folder, which is not the working directory here.
 */
class SettingsFileTest {
  @TempDir
  Path project;

  @BeforeEach
  void copySpecs() throws IOException {
    FileTrees.copy(RepoPaths.specs(), project.resolve("specs"));
  }

  private Path settings(String yaml) throws IOException {
    return Files.writeString(project.resolve("armgen.yaml"), yaml);
  }

  private Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--config");
    all.add(2, project.resolve("armgen.yaml").toString());
    return HonestOutputTest.run(all.toArray(String[]::new));
  }

  private JsonNode model(Run r) {
    assertEquals(0, r.exit(), r.err());
    try {
      return new ObjectMapper().readTree(r.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> services(JsonNode model) {
    List<String> names = new ArrayList<>();
    model.path("services").forEach(s -> names.add(s.path("name").asText()));
    return names;
  }

  private static List<String> operationIds(JsonNode model) {
    List<String> ids = new ArrayList<>();
    model.path("services").forEach(s -> s.path("groups").forEach(g -> g.path("operations")
        .forEach(o -> ids.add(o.path("operationId").asText()))));
    return ids;
  }

  @Test
  void specsAreRelativeToTheFileAndArgumentsReplaceThem() throws IOException {
    settings("specs: [specs/keyvault]\n");
    assertEquals(List.of("KeyVault"), services(model(run("model"))));
    Run overridden = run("model", project.resolve("specs/containerregistry").toString());
    assertEquals(List.of("ContainerRegistry"), services(model(overridden)));
    settings("specs: ['specs/*/2021-*/*.json']\n");
    assertEquals(List.of("ContainerRegistry", "KeyVault"), services(model(run("model"))).stream().sorted().toList(),
        "a glob");
  }

  @Test
  void apiVersionsPickEntriesAndOneMatchingNothingIsAnError() throws IOException {
    settings("specs: [specs]\napiVersions: ['2021-09-01']\n");
    assertEquals(List.of("ContainerRegistry"), services(model(run("model"))));
    assertEquals(List.of("ContainerService"), services(model(run("model", "--api-version", "2026-01-01"))));
    settings("specs: [specs]\napiVersions: ['2021-09-02']\n");
    Run wrong = run("validate");
    assertEquals(1, wrong.exit());
    assertTrue(wrong.err().contains("error API_VERSION_UNMATCHED: no entry spec has info.version '2021-09-02'"
        + " (did you mean '2021-09-01'?)"), wrong.err());
    assertTrue(wrong.err().contains("armgen.yaml apiVersions"), "names the setting: " + wrong.err());
  }

  @Test
  void packagePrefixNamesThePackagesAndABadOneIsReportedInTheFile() throws IOException {
    settings("specs: [specs/keyvault]\npackagePrefix: com.example.fromfile\noutput: out\n");
    assertEquals(0, run("generate").exit());
    assertTrue(Files.isDirectory(project.resolve("out/com/example/fromfile/keyvault")));
    assertEquals(0, run("generate", "--package-prefix", "com.example.flag").exit());
    assertTrue(Files.isDirectory(project.resolve("out/com/example/flag/keyvault")));
    settings("specs: [specs/keyvault]\npackagePrefix: com.example.class\n");
    Run bad = run("validate");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("armgen.yaml:2:16: error CONFIG_INVALID: 'com.example.class' is not a valid package"
        + " prefix: 'class' is a Java keyword"), bad.err());
    assertTrue(bad.err().contains("(at /packagePrefix)"), bad.err());
  }

  @Test
  void outputIsRelativeToTheFileAndTheFlagWins() throws IOException {
    settings("specs: [specs/keyvault]\noutput: generated-here\n");
    Run r = run("generate");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isDirectory(project.resolve("generated-here/io/armgen/generated/keyvault")), r.out());
    assertTrue(r.out().contains("(settings: " + project.resolve("armgen.yaml") + ")"), "says where its settings came from: " + r.out());
    Path flag = project.resolve("by-flag");
    assertEquals(0, run("generate", "-o", flag.toString()).exit());
    assertTrue(Files.isDirectory(flag.resolve("io/armgen/generated/keyvault")));
  }

  @Test
  void samplesAreWrittenWhereTheFileSays() throws IOException {
    settings("specs: [specs/keyvault]\noutput: out\nsamples: samples-here\n");
    Run r = run("generate");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("samples in " + project.resolve("samples-here")), r.out());
    try (Stream<Path> files = Files.walk(project.resolve("samples-here"))) {
      assertTrue(files.anyMatch(f -> f.toString().endsWith("Sample.java")), "a sample class");
    }
    Path flag = project.resolve("samples-by-flag");
    assertEquals(0, run("generate", "--samples", flag.toString()).exit());
    assertTrue(Files.isDirectory(flag));
  }

  @Test
  void sharedShapesFromTheFileAndTheFlag() throws IOException {
    settings("specs: [specs]\noutput: out\nsharedShapes: off\n");
    assertEquals(0, run("generate").exit());
    assertFalse(Files.exists(project.resolve("out/io/armgen/generated/common")));
    assertEquals(0, run("generate", "--shared-shapes", "on").exit());
    assertTrue(Files.isDirectory(project.resolve("out/io/armgen/generated/common")));
    settings("specs: [specs]\nsharedShapes: sometimes\n");
    Run bad = run("validate");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("expected auto, on or off, not 'sometimes' (at /sharedShapes)"), bad.err());
  }

  @Test
  void strictFromTheFileAndTurnedOffByAFlag() throws IOException {
    Files.writeString(project.resolve("specs/keyvault/2021-06-01-preview/privateEndpointConnections.json"),
        Files.readString(project.resolve("specs/keyvault/2021-06-01-preview/privateEndpointConnections.json"))
            .replaceFirst("\"properties\": \\{", "\"required\": [\"propertiez\"], \"properties\": {"));
    settings("specs: [specs/keyvault]\nstrict: true\n");
    Run strict = run("validate");
    assertEquals(1, strict.exit(), strict.err());
    assertTrue(strict.err().contains("REQUIRED_UNKNOWN"), strict.err());
    assertEquals(0, run("validate", "--strict=false").exit());
    settings("specs: [specs/keyvault]\nstrict: yes please\n");
    assertTrue(run("validate").err().contains("expected true or false (at /strict)"));
  }

  @Test
  void allowRemoteRefsFromTheFile() throws IOException {
    Path spec = project.resolve("specs/keyvault/2021-06-01-preview/privateEndpointConnections.json");
    Files.writeString(spec, Files.readString(spec).replaceFirst("\"\\$ref\": \"\\.\\./\\.\\./common-types/v1/types\\.json#/parameters/ApiVersionParameter\"",
        "\"\\$ref\": \"https://example.invalid/types.json#/parameters/ApiVersionParameter\""));
    settings("specs: [specs/keyvault]\n");
    Run refused = run("validate");
    assertTrue(refused.err().contains("error REF_REMOTE_URL"), refused.err());
    settings("specs: [specs/keyvault]\nallowRemoteRefs: true\n");
    Run allowed = run("validate");
    assertTrue(allowed.err().contains("warning REF_REMOTE_URL"), allowed.err());
    assertTrue(run("validate", "--allow-remote-refs=false").err().contains("error REF_REMOTE_URL"));
  }

  @Test
  void allowedRootsAreRelativeToTheFile() throws IOException {
    // api/ holds specs/, so it is the specs' own root; shared/ beside it is outside
    Files.createDirectories(project.resolve("api"));
    Files.move(project.resolve("specs"), project.resolve("api/specs"));
    Path shared = Files.createDirectories(project.resolve("shared"));
    Files.move(project.resolve("api/specs/common-types"), shared.resolve("common-types"));
    Path spec = project.resolve("api/specs/keyvault/2021-06-01-preview/privateEndpointConnections.json");
    Files.writeString(spec, Files.readString(spec).replace("../../common-types/", "../../../../shared/common-types/"));
    settings("specs: [api/specs/keyvault]\n");
    assertTrue(run("validate").err().contains("REF_OUTSIDE_ROOT"), run("validate").err());
    settings("specs: [api/specs/keyvault]\nallowedRoots: [shared]\n");
    Run allowed = run("validate");
    assertEquals(0, allowed.exit(), allowed.err());
    assertEquals(0, HonestOutputTest.run("validate", spec.toString(), "--allow-root", shared.toString()).exit());
  }

  @Test
  void includeOperationsPicksOperationsAndAFlagReplacesTheList() throws IOException {
    settings("specs: [specs/keyvault]\nincludeOperations: ['PrivateEndpointConnections_Get']\n");
    assertEquals(List.of("PrivateEndpointConnections_Get"), operationIds(model(run("model"))));
    assertEquals(List.of("PrivateEndpointConnections_ListByResource"),
        operationIds(model(run("model", "--include-operation", "*_list*"))), "wildcards, any case");
  }

  @Test
  void excludeOperationsLeavesThemOut() throws IOException {
    settings("specs: [specs/keyvault]\nexcludeOperations: ['*_Delete', '*_Put']\n");
    List<String> ids = operationIds(model(run("model")));
    assertEquals(List.of("PrivateEndpointConnections_Get", "PrivateEndpointConnections_ListByResource"),
        ids.stream().sorted().toList());
  }

  @Test
  void tagsIncludeAndExclude() throws IOException {
    String op = "{\"operationId\": \"Things_%s\", \"tags\": [%s], \"responses\": {\"200\": {\"description\": \"ok\"}}}";
    Files.createDirectories(project.resolve("tagged"));
    Files.writeString(project.resolve("tagged/spec.json"), """
        {"swagger": "2.0", "info": {"title": "T", "version": "1"},
         "paths": {"/providers/Microsoft.Test/things": {"get": %s, "put": %s, "patch": %s, "delete": %s}}}
        """.formatted(op.formatted("Get", "\"Things\""), op.formatted("Put", "\"Things\""),
        op.formatted("Update", "\"Things\", \"Admin\""), op.formatted("Delete", "\"Admin\"")));
    settings("specs: [tagged]\nincludeTags: [Admin]\n");
    assertEquals(List.of("Things_Update", "Things_Delete"), operationIds(model(run("model"))));
    assertEquals(List.of("Things_Get", "Things_Put", "Things_Update"),
        operationIds(model(run("model", "--include-tag", "things"))), "the flag replaces the list; any case");
    settings("specs: [tagged]\nexcludeTags: [Admin]\n");
    assertEquals(List.of("Things_Get", "Things_Put"), operationIds(model(run("model"))));
    assertEquals(List.of("Things_Delete"), operationIds(model(run("model", "--exclude-tag", "Things"))));
  }

  @Test
  void aFilterThatMatchesNothingIsAnErrorAtItsLine() throws IOException {
    settings("specs: [specs/keyvault]\nincludeOperations:\n  - PrivateEndpointConnections_Get\n"
        + "  - PrivateEndpointConnections_Gett2\nexcludeTags: [Nope]\n");
    Run r = run("validate");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("armgen.yaml:4:5: error FILTER_UNMATCHED: includeOperations "
        + "'PrivateEndpointConnections_Gett2' matches no operationId of the specs"), r.err());
    assertTrue(r.err().contains("excludeTags 'Nope' matches no tag of the specs"), r.err());
    Run flag = run("validate", "--exclude-operation", "PrivateEndpointConnection_Delete");
    assertTrue(flag.err().contains("<command line>: error FILTER_UNMATCHED: --exclude-operation "
        + "'PrivateEndpointConnection_Delete' matches no operationId of the specs "
        + "(did you mean 'PrivateEndpointConnections_Delete'?)"), flag.err());
  }

  @Test
  void unknownKeysAreErrorsWithASuggestion() throws IOException {
    settings("specs: [specs/keyvault]\npackagePrefx: com.example\n");
    Run r = run("validate");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("armgen.yaml:2:15: error CONFIG_UNKNOWN_KEY: unknown setting 'packagePrefx'"
        + " (did you mean 'packagePrefix'?)"), r.err());
  }

  @Test
  void jsonWorksLikeYaml() throws IOException {
    Files.writeString(project.resolve("armgen.json"), "{\"specs\": [\"specs/keyvault\"], \"excludeOperations\": \"*_Delete\"}");
    Run r = HonestOutputTest.run("model", "--config", project.resolve("armgen.json").toString());
    assertEquals(3, operationIds(model(r)).size());
  }

  @Test
  void theFileInTheWorkingDirectoryIsFoundWithoutAFlag() throws Exception {
    settings("specs: [specs/keyvault]\noutput: out\n");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ArmgenCommand.class.getName(), "generate")
        .directory(project.toFile()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "armgen finished");
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("(settings: armgen.yaml)"), output);
    assertTrue(Files.isDirectory(project.resolve("out/io/armgen/generated/keyvault")), output);
  }

  @Test
  void twoSettingsFilesInOneFolderAreAmbiguousAndAMissingOneIsAUsageError() throws IOException {
    settings("specs: [specs/keyvault]\n");
    Files.writeString(project.resolve("armgen.json"), "{}");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.find(project));
    assertTrue(e.getMessage().contains("more than one configuration file: [armgen.yaml, armgen.json]"), e.getMessage());
    Run missing = HonestOutputTest.run("validate", "--config", project.resolve("nope.yaml").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("'--config': no such file"), missing.err());
  }
}
