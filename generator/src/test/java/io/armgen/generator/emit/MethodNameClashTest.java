package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation whose name is one of the methods another operation's family already has (a
 * long-running {@code create} has {@code resumeCreate}, a pageable {@code list} has
 * {@code listAsync}) takes a numbered name, so that both compile and keep their own methods.
 * Generated inside each test.
 */
class MethodNameClashTest {
  private static final String PACKAGE = "com.example.gadgets.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Gadgets", "version": "1.0"}, "host": "localhost", "paths": {
        "/gadgets/{name}": {"put": {"operationId": "Gadgets_Create", "x-ms-long-running-operation": true,
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Gadget"}}}}},
        "/gadgets/{name}/resume": {"post": {"operationId": "Gadgets_ResumeCreate",
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}},
        "/gadgets": {"get": {"operationId": "Gadgets_List", "x-ms-pageable": {"nextLinkName": "nextLink"},
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/GadgetList"}}}}},
        "/gadgets-async": {"get": {"operationId": "Gadgets_ListAsync",
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}},
      "definitions": {
        "Gadget": {"type": "object", "properties": {"size": {"type": "integer", "format": "int32"}}},
        "GadgetList": {"type": "object", "properties": {"value": {"type": "array", "items": {"$ref": "#/definitions/Gadget"}},
          "nextLink": {"type": "string"}}}}}
      """;

  @TempDir
  Path tmp;

  @Test
  void anOperationNamedLikeAnotherOperationsMethodTakesANumberedName() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("GadgetsClient");
      assertEquals("LroPoller", SpecClient.method(client, "resumeCreate", 1).getReturnType().getSimpleName(),
          "the long-running operation keeps its resume method");
      assertEquals("String", SpecClient.method(client, "resumeCreate2", 1).getReturnType().getSimpleName());
      assertEquals("AsyncPagedIterable", SpecClient.method(client, "listAsync", 0).getReturnType().getSimpleName(),
          "the pageable operation keeps its async method");
      assertEquals("String", SpecClient.method(client, "listAsync2", 0).getReturnType().getSimpleName());

      spec.answer("GET /gadgets-async", 200, "application/json", "\"yes\"");
      assertEquals("yes", SpecClient.call(spec.client("GadgetsClient"), "listAsync2"));
      assertEquals(List.of("/gadgets-async"), spec.arrived.stream().map(SpecClient.Arrived::uri).toList());
    }
  }
}
