package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --shared-shapes=on} says so (SHARED_SHAPES_NONE, an info) when the run has nothing two
 * services define alike, one service alone included; {@code auto} says nothing, and a run that
 * shares a shape never gets the note.
 */
class SharedShapesNoneTest {
  private static final String SKU = "'Sku':{'properties':{'tier':{'type':'string'},'capacity':{'type':'integer','format':'int32'}}}";
  private static final String PROPERTIES = "'sku':{'$ref':'#/definitions/Sku'}";

  @TempDir
  Path tmp;

  private List<Diagnostic> none(String mode, String... services) throws Exception {
    for (String service : services) {
      SyntheticSpecs.write(tmp, service, PROPERTIES, SKU);
    }
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp)).withSharedShapes(SharedShapesMode.parse(mode)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    return result.diagnostics().stream().filter(d -> d.code().equals("SHARED_SHAPES_NONE")).toList();
  }

  @Test
  void onWithOneServiceSaysNothingIsShared() throws Exception {
    List<Diagnostic> none = none("on", "Alpha");
    assertEquals(1, none.size(), none::toString);
    assertEquals(Severity.INFO, none.get(0).severity());
    assertTrue(none.get(0).message().contains("no concept is defined alike by two services"), none.get(0).message());
  }

  @Test
  void autoWithOneServiceSaysNothing() throws Exception {
    assertEquals(List.of(), none("auto", "Alpha"));
  }

  @Test
  void onWithTwoServicesThatShareSaysNothing() throws Exception {
    assertEquals(List.of(), none("on", "Alpha", "Beta"));
  }
}
