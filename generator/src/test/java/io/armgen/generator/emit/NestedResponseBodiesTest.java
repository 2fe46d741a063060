package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Map<String, String> files = InlineSpec.javaSources(InlineSpec.generate(tmp, "grids", SPEC).files());
    clientClass = InlineSpec.className(files, "GridsClient");
    loader = GeneratedCode.compileOnce(files).loader();
  }

  private Object call(String method, String body) throws Exception {
    Object client = InlineSpec.client(loader, clientClass, (request, next) -> new HttpResponse(200,
        HttpHeaders.of(Map.of("content-type", List.of("application/json"))), body.getBytes(StandardCharsets.UTF_8)));
    return client.getClass().getMethod(method).invoke(client);
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
