package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.MODELS;
import static io.armgen.generator.emit.ModelFixtures.emitAll;
import static io.armgen.generator.emit.ModelFixtures.named;
import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.readOnly;
import static io.armgen.generator.emit.ModelFixtures.required;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminator;
import static io.armgen.generator.emit.ModelFixtures.withDiscriminatorValue;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.model.ObjectType;
import io.armgen.runtime.json.JsonWriteMode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Discriminators at their edges: one the spec marks read-only is still sent (the service needs it
 * to know what it receives), a base type's own value stays the base even when a subtype repeats it,
 * and of two subtypes with one value the first wins. Emitted before each test (PIT credits a
 * {@code @BeforeAll} to one test only), compiled once per distinct text.
 */
class DiscriminatorEdgesTest {
  private ModelCompiler models;

  @BeforeEach
  void compile() {
    ObjectType fish = withDiscriminatorValue(withDiscriminator(object("Fish", null,
        required(readOnly(prop("species", prim(STRING)))), prop("length", prim(INT32))), "species",
        "Shark", "Impostor", "Twin"), "Fish");
    ObjectType shark = withDiscriminatorValue(object("Shark", named("Fish"), prop("teeth", prim(INT32))), "Shark");
    ObjectType impostor = withDiscriminatorValue(object("Impostor", named("Fish")), "Fish");
    ObjectType twin = withDiscriminatorValue(object("Twin", named("Fish")), "Shark");
    models = ModelCompiler.compileOnce(emitAll(service(List.of(fish, shark, impostor, twin), List.of())));
  }

  @Test
  void aReadOnlyDiscriminatorIsStillSentInRequests() throws Exception {
    Object shark = models.create(MODELS + ".Shark");
    assertEquals("{\"species\":\"Shark\"}", ModelCompiler.write(shark, JsonWriteMode.REQUEST));
  }

  @Test
  void aBaseTypesOwnValueReadsAsTheBaseEvenWhenASubtypeRepeatsIt() throws Exception {
    assertEquals(MODELS + ".Fish", models.read(MODELS + ".Fish", "{\"species\": \"Fish\"}").getClass().getName());
  }

  @Test
  void ofTwoSubtypesWithOneValueTheFirstWins() throws Exception {
    assertEquals(MODELS + ".Shark", models.read(MODELS + ".Fish", "{\"species\": \"Shark\"}").getClass().getName());
  }
}
