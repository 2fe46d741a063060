package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.model.SharedShape;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The definition that shares the most with the other services' seeds a shared shape, whatever the
 * order of the run: a poorer definition of the first service stays out rather than shrinking the
 * shape to what it has.
 */
class SharedShapeSeedTest {
  private static final String PROPERTIES = "'sku':{'$ref':'#/definitions/Sku'}";
  private static final String POOR = "'Sku':{'properties':{'tier':{'type':'string'}}}";
  private static final String RICH = "'Sku':{'properties':{'tier':{'type':'string'},'capacity':{'type':'integer','format':'int32'},"
      + "'family':{'type':'string'}}}";

  @TempDir
  Path tmp;

  @Test
  void theDefinitionSharingMostSeedsTheShapeAndAPoorerFirstOneStaysOut() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", PROPERTIES, POOR);
    SyntheticSpecs.write(tmp, "Beta", PROPERTIES, RICH);
    SyntheticSpecs.write(tmp, "Gamma", PROPERTIES, RICH);
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    SharedShape sku = result.model().sharedShapes().stream().filter(s -> s.name().equals("Sku")).findFirst().orElseThrow();
    assertEquals(List.of("Beta", "Gamma"), sku.joined().stream().map(SharedShape.Variant::service).toList());
    assertEquals(List.of("tier", "capacity", "family"), sku.members().stream().map(SharedShape.Member::javaName).toList());
    assertEquals(List.of("Alpha"), sku.excluded().stream().map(SharedShape.Excluded::service).toList());
  }
}
