package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response body that is a list of lists, a map of lists or a list of enum values is read into
 * the nested Java collections its schema describes (answered in memory by a pipeline policy).
 * Generated before each test (PIT credits a {@code @BeforeAll} to one test only), compiled once per
 * distinct text.
 */
class NestedResponseBodiesTest {
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Grids", "version": "2024-01-01"}, "host": "example.net",
       "paths": {
        "/rows": {"get": {"operationId": "Grids_Rows",
          "responses": {"200": {"description": "ok", "schema": {"type": "array",
            "items": {"type": "array", "items": {"type": "array", "items": {"type": "integer", "format": "int32"}}}}}}}},
        "/index": {"get": {"operationId": "Grids_Index",
          "responses": {"200": {"description": "ok", "schema": {"type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}}}}}}},
        "/sizes": {"get": {"operationId": "Grids_Sizes",
          "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"type": "string",
            "enum": ["small", "large"], "x-ms-enum": {"name": "Size", "modelAsString": true}}}}}}}}}
      """;

  @TempDir
  Path tmp;
  private ClassLoader loader;
  private String clientClass;

  @BeforeEach
  void generate() throws Exception {
    Path spec = Files.createDirectories(tmp.resolve("specification/grids")).resolve("grids.json");
    Files.writeString(spec, SPEC);
    GeneratorResult result = new Generator().generate(new GeneratorOptions(List.of(spec), "com.example", false, List.of()));
    assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), result.diagnostics()::toString);
    Map<String, String> files = result.files().stream().filter(f -> f.relativePath().endsWith(".java"))
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    clientClass = files.keySet().stream().filter(f -> f.endsWith("/GridsClient.java")).findFirst().orElseThrow()
        .replace(".java", "").replace('/', '.');
    loader = GeneratedCode.compileOnce(files).loader();
  }

  private Object call(String method, String body) throws Exception {
    Class<?> type = loader.loadClass(clientClass);
    ArmClientBuilder<?> builder = (ArmClientBuilder<?>) type.getMethod("builder").invoke(null);
    builder.addPolicy((request, next) -> new HttpResponse(200,
        HttpHeaders.of(Map.of("content-type", List.of("application/json"))), body.getBytes(StandardCharsets.UTF_8)));
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:1");
    Object client = builder.getClass().getMethod("build").invoke(builder);
    return type.getMethod(method).invoke(client);
  }

  @Test
  void aListOfListsOfListsIsReadNested() throws Exception {
    assertEquals(List.of(List.of(List.of(1, 2), List.of(3)), List.of(List.of())), call("rows", "[[[1,2],[3]],[[]]]"));
  }

  @Test
  void aMapOfListsIsReadNested() throws Exception {
    assertEquals(Map.of("a", List.of("x", "y"), "b", List.of()), call("index", "{\"a\": [\"x\", \"y\"], \"b\": []}"));
  }

  @Test
  void aListOfEnumValuesIsReadAsTheEnum() throws Exception {
    List<?> sizes = (List<?>) call("sizes", "[\"small\", \"huge\"]");
    Class<?> size = sizes.get(0).getClass();
    assertEquals(size.getMethod("fromString", String.class).invoke(null, "small"), sizes.get(0));
    assertEquals("huge", sizes.get(1).toString());
    assertEquals(size, sizes.get(1).getClass());
  }
}
