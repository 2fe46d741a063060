package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The four real Azure specs in one run (test data in ../shared): beyond the private endpoint
 * connection, they share concepts nobody wrote a rule for (ACR's and Key Vault's Sku and
 * NetworkRuleSet), and a same-named definition whose Java names differ (IPRule) is reported, not
 * merged. Model only: compiling the combined output is the corpus test's kind of cost.
 */
class UpstreamSharedShapesTest {

  @Test
  void realSpecsShareMoreThanTheConnection() throws IOException {
    Path root = RepoPaths.upstreamSpecsOrSkip();
    List<Path> entries = new ArrayList<>();
    for (String name : List.of("containerregistry.json", "keyvault.json", "privateEndpointConnection.json", "managedClusters.json")) {
      try (Stream<Path> files = Files.walk(root)) {
        entries.add(files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow());
      }
    }
    GeneratorResult result = new Generator().check(GeneratorOptions.of(entries));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    List<String> shared = result.model().sharedShapes().stream().filter(SharedShape::isShared)
        .map(s -> s.kind() + " " + s.name() + " " + s.joined().stream().map(SharedShape.Variant::service).toList())
        .toList();
    assertTrue(shared.contains("OPERATION_GROUP PrivateEndpointConnectionOperations "
        + "[ContainerRegistry, ContainerService, DocumentDB, KeyVault]"), shared::toString);
    assertTrue(shared.contains("OBJECT Sku [ContainerRegistry, KeyVault]"), shared::toString);
    assertTrue(shared.contains("OBJECT NetworkRuleSet [ContainerRegistry, KeyVault]"), shared::toString);
    SharedShape ipRule = result.model().sharedShapes().stream().filter(s -> s.name().equals("IPRule")).findFirst().orElseThrow();
    assertFalse(ipRule.isShared());
    assertEquals(2, ipRule.excluded().size(), ipRule::toString);
  }
}
