package io.armgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.Service;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four bundled specs generate code that compiles without warnings, deterministically. */
class SpecsGenerationTest {
  private static GeneratorResult result;

  @BeforeAll
  static void generate() {
    result = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
  }

  @Test
  void fourServicesWithoutErrors() {
    assertFalse(result.hasErrors(), () -> "errors: " + result.diagnostics());
    Set<String> names = result.model().services().stream().map(Service::name).collect(Collectors.toSet());
    assertEquals(Set.of("ContainerService", "ContainerRegistry", "KeyVault", "DocumentDB"), names);
    for (Service s : result.model().services()) {
      assertFalse(s.groups().isEmpty(), s.name() + " has no operation groups");
      assertFalse(s.resources().isEmpty(), s.name() + " has no resource types");
    }
  }

  @Test
  void noErrorDiagnosticsAtAll() {
    assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), () -> result.diagnostics().toString());
  }

  @Test
  void generatedCodeCompilesWithoutWarnings() {
    GeneratedCode.compileClean(result.files());
  }

  @Test
  void everyServiceHasItsClientsModelsAndIds() {
    Set<String> paths = result.files().stream().map(GeneratedFile::relativePath).collect(Collectors.toSet());
    for (String svc : List.of("containerservice/v2026_01_01", "containerregistry/v2021_09_01", "keyvault/v2021_06_01_preview",
        "documentdb/v2022_02_15_preview")) {
      String base = "io/armgen/generated/" + svc + "/";
      assertTrue(paths.contains(base + "PrivateEndpointConnectionsClient.java"), base + " client missing in " + paths);
      assertTrue(paths.contains(base + "models/PrivateEndpointConnection.java"), base + " model missing");
      assertTrue(paths.contains(base + "models/PrivateEndpointConnectionId.java"), base + " resource id missing");
    }
  }

  @Test
  void outputIsDeterministic() {
    GeneratorResult again = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertEquals(result.files(), again.files());
  }

  @Test
  void noAbsolutePathOfThisMachineInTheOutput() {
    String root = RepoPaths.repoRoot().toString();
    for (GeneratedFile f : result.files()) {
      assertFalse(f.content().contains(root), f.relativePath() + " contains the absolute path " + root);
    }
  }
}
