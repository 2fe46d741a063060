package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.object;
import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.INT32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.GeneratorResult;
import io.armgen.generator.model.ApiModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package gets its {@code package-info.java} page exactly when the run writes classes into it. */
class PackagePagesTest {
  @Test
  void aServiceWithModelsAndNoOperationsHasAModelsPageAndNoClientsPage() {
    EmitResult result = new JavaEmitter().emit(new ApiModel(List.of(
        service(List.of(object("Thing", null, prop("size", prim(INT32)))), List.of()))));
    List<String> paths = result.files().stream().map(GeneratedFile::relativePath).toList();
    assertEquals(List.of("io/armgen/generated/zoo/models/Thing.java", "io/armgen/generated/zoo/models/package-info.java"),
        paths);
    String page = result.files().get(1).content();
    assertTrue(page.contains(" * Models, enums and resource ids for Zoo.\n"), page);
  }

  @Test
  void aServiceWithOperationsAndNoModelsHasAClientsPageAndNoModelsPage(@TempDir Path tmp) throws Exception {
    GeneratorResult result = InlineSpec.generate(tmp, "bare", """
        {"swagger": "2.0", "info": {"title": "Bare", "version": "2024-01-01"}, "host": "example.net",
         "paths": {"/things/{name}": {"delete": {"operationId": "Things_Delete", "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"204": {"description": "gone"}}}}}}
        """);
    List<String> paths = result.files().stream().map(GeneratedFile::relativePath).filter(p -> p.endsWith(".java")).toList();
    assertTrue(paths.stream().anyMatch(p -> p.endsWith("/ThingsClient.java")), paths::toString);
    assertTrue(paths.stream().anyMatch(p -> p.endsWith("/package-info.java") && !p.contains("/models/")), paths::toString);
    assertFalse(paths.stream().anyMatch(p -> p.contains("/models/")), paths::toString);
  }
}
