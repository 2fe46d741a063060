package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared member that is a constant in a service has no setter on the interface, as in the model. */
class SharedConstantsTest {
  private static final String PLAN = "'Plan':{'required':['mode'],'properties':{"
      + "'mode':{'type':'string','enum':['fixed'],'x-ms-enum':{'name':'Mode','modelAsString':false}},"
      + "'size':{'type':'integer','format':'int32'}}}";

  @TempDir
  Path tmp;

  @Test
  void constantMembersHaveNoSharedSetterAndTheCodeCompiles() throws Exception {
    SyntheticSpecs.write(tmp, "Alpha", "'plan':{'$ref':'#/definitions/Plan'}", PLAN);
    SyntheticSpecs.write(tmp, "Beta", "'plan':{'$ref':'#/definitions/Plan'}", PLAN);
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(tmp))
        .withSharedShapes(io.armgen.generator.normalize.SharedShapesMode.parse("on")));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    SharedShape plan = result.model().sharedShapes().stream().filter(s -> s.name().equals("Plan")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), member(plan, "mode").setter());
    assertEquals(Optional.of("withSize"), member(plan, "size").setter());
    GeneratedCode.compileClean(result.files());
  }

  private static SharedShape.Member member(SharedShape shape, String name) {
    return shape.members().stream().filter(m -> m.javaName().equals(name)).findFirst().orElseThrow();
  }
}
