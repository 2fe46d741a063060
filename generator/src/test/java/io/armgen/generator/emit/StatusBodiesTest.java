package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation whose success statuses carry bodies of different types returns their common base
 * model (else {@code Object}) and reads each status's body as its own type; a 3xx body is not a
 * success body. Generated inside each test, compiled and run against a loopback server.
 */
class StatusBodiesTest {
  private static final String PACKAGE = "com.example.zoo.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Zoo", "version": "1.0"}, "host": "localhost", "paths": {
        "/pets": {"get": {"operationId": "Zoo_GetPet", "responses": {
          "201": {"description": "new", "schema": {"$ref": "#/definitions/Pet"}},
          "200": {"description": "cat", "schema": {"$ref": "#/definitions/Cat"}}}}},
        "/things": {"get": {"operationId": "Zoo_GetThing", "responses": {
          "200": {"description": "cat", "schema": {"$ref": "#/definitions/Cat"}},
          "202": {"description": "rock", "schema": {"$ref": "#/definitions/Rock"}}}}},
        "/rocks": {"get": {"operationId": "Zoo_GetRock", "responses": {
          "200": {"description": "rock", "schema": {"$ref": "#/definitions/Rock"}},
          "300": {"description": "choose", "schema": {"$ref": "#/definitions/Cat"}}}}},
        "/moved": {"get": {"operationId": "Zoo_GetMoved", "responses": {
          "204": {"description": "none"},
          "301": {"description": "moved", "schema": {"$ref": "#/definitions/Rock"}}}}},
        "/kinds": {"get": {"operationId": "Zoo_GetKinds", "responses": {
          "199": {"description": "info", "schema": {"$ref": "#/definitions/Cat"}},
          "200": {"description": "rock", "schema": {"$ref": "#/definitions/Rock"}},
          "204": {"description": "none"}}}}},
      "definitions": {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Cat": {"type": "object", "allOf": [{"$ref": "#/definitions/Pet"}], "properties": {"lives": {"type": "integer", "format": "int32"}}},
        "Rock": {"type": "object", "properties": {"weight": {"type": "number", "format": "double"}}}}}
      """;

  @TempDir
  Path tmp;

  private static String returnType(SpecClient spec, String method) throws ClassNotFoundException {
    return SpecClient.method(spec.type("ZooClient"), method, 0).getReturnType().getSimpleName();
  }

  @Test
  void bodiesOfASubtypeAndItsBaseReturnTheBaseAndEachStatusIsReadAsItsOwnType() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      assertEquals("Pet", returnType(spec, "getPet"));
      Object client = spec.client("ZooClient");
      spec.answer("GET /pets", 200, "application/json", "{\"name\":\"tom\",\"lives\":9}");
      Object cat = SpecClient.call(client, "getPet");
      assertEquals("Cat", cat.getClass().getSimpleName());
      assertEquals(9, SpecClient.call(cat, "lives"));
      spec.answer("GET /pets", 201, "application/json", "{\"name\":\"rex\",\"lives\":1}");
      Object pet = SpecClient.call(client, "getPet");
      assertEquals("Pet", pet.getClass().getSimpleName(), "201 declares Pet");
      assertEquals("rex", SpecClient.call(pet, "name"));
    }
  }

  @Test
  void unrelatedBodiesReturnObjectReadAsTheStatussType() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      assertEquals("Object", returnType(spec, "getThing"));
      Object client = spec.client("ZooClient");
      spec.answer("GET /things", 202, "application/json", "{\"weight\":2.5}");
      Object rock = SpecClient.call(client, "getThing");
      assertEquals("Rock", rock.getClass().getSimpleName());
      assertEquals(2.5, SpecClient.call(rock, "weight"));
      spec.answer("GET /things", 200, "application/json", "{\"lives\":3}");
      assertEquals("Cat", SpecClient.call(client, "getThing").getClass().getSimpleName());
    }
  }

  @Test
  void bodiesOutsideTheSuccessRangeDoNotChangeTheResult() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      assertEquals("Rock", returnType(spec, "getRock"), "a 300 body is not a success body");
      assertEquals("Rock", returnType(spec, "getKinds"), "nor a 1xx body");
      assertEquals("void", returnType(spec, "getMoved"), "a 3xx body does not make a result when 2xx has none");
      assertTrue(spec.source("ZooClient.java").contains("public Rock getKinds()"));
      Object client = spec.client("ZooClient");
      spec.answer("GET /kinds", 200, "application/json", "{\"weight\":1}");
      assertEquals(1.0, SpecClient.call(SpecClient.call(client, "getKinds"), "weight"));
    }
  }
}
