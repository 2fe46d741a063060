package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.runtime.arm.RequestConditions;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which operations take {@code RequestConditions} (If-Match / If-None-Match) and which HEADs answer
 * a boolean: generated from an inline spec, compiled and run against a loopback server, inside
 * each test.
 */
class ConditionalRequestsTest {
  private static final String PACKAGE = "com.example.shop.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Shop", "version": "1.0"}, "host": "localhost", "paths": {
        "/things/{name}": {
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "get": {"operationId": "Shop_GetThing", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}},
          "put": {"operationId": "Shop_PutThing",
            "parameters": [{"name": "thing", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Thing"}}],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}},
          "post": {"operationId": "Shop_TouchThing",
            "parameters": [{"name": "thing", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Thing"}}],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}},
          "delete": {"operationId": "Shop_DeleteThing", "responses": {"200": {"description": "ok"}, "204": {"description": "gone"}}},
          "head": {"operationId": "Shop_ThingExists", "responses": {"204": {"description": "yes"}, "404": {"description": "no"}}}},
        "/others/{name}": {
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "delete": {"operationId": "Shop_DeleteOther", "responses": {"204": {"description": "gone"}}},
          "head": {"operationId": "Shop_PeekOther", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Plain"}}}}},
        "/plains/{name}": {
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "get": {"operationId": "Shop_GetPlain", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Plain"}},
            "300": {"description": "odd", "schema": {"$ref": "#/definitions/Thing"}}}},
          "put": {"operationId": "Shop_PutPlain",
            "parameters": [{"name": "plain", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Plain"}}],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Plain"}}}},
          "delete": {"operationId": "Shop_DeletePlain", "responses": {"204": {"description": "gone"}}}},
        "/probes/{name}": {"head": {"operationId": "Shop_Probe",
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"},
            {"name": "response", "in": "query", "required": true, "type": "string"}],
          "responses": {"200": {"description": "yes", "headers": {"x-ms-version": {"type": "integer", "format": "int32"}}},
            "404": {"description": "no"}}}},
        "/drafts/{name}": {
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "put": {"operationId": "Shop_PutDraft",
            "parameters": [{"name": "draft", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Thing"}}],
            "responses": {"204": {"description": "stored"}}}},
        "/holders/{name}": {
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "patch": {"operationId": "Shop_PatchHolder",
            "parameters": [{"name": "holder", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Holder"}}],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Holder"}}}},
          "put": {"operationId": "Shop_PutTags",
            "parameters": [{"name": "tags", "in": "body", "required": true, "schema": {"type": "array", "items": {"type": "string"}}}],
            "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"type": "string"}}}}}}},
      "definitions": {
        "Tracked": {"type": "object", "properties": {"etag": {"type": "string", "readOnly": true}}},
        "Thing": {"type": "object", "allOf": [{"$ref": "#/definitions/Tracked"}], "properties": {"size": {"type": "integer", "format": "int32"}}},
        "Plain": {"type": "object", "properties": {"label": {"type": "string"}}},
        "Holder": {"type": "object", "properties": {"inner": {"$ref": "#/definitions/Tracked"}, "etags": {"type": "string"}}}}}
      """;

  @TempDir
  Path tmp;

  private static boolean takesConditions(Class<?> client, String name) {
    return Arrays.stream(client.getMethods()).filter(m -> m.getName().equals(name))
        .anyMatch(m -> Arrays.asList(m.getParameterTypes()).contains(RequestConditions.class));
  }

  @Test
  void putAndDeleteOfAResourceWithAnInheritedEtagTakeConditionsOtherOperationsDoNot() throws Exception {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("ShopClient");
      assertEquals(List.of(true, true), List.of(takesConditions(client, "putThing"), takesConditions(client, "deleteThing")),
          "PUT with an etag body (inherited through allOf), DELETE whose GET on the same path returns it");
      assertEquals(true, takesConditions(client, "putDraft"), "a PUT whose request body alone has an etag");
      assertEquals(List.of(false, false, false), List.of(takesConditions(client, "getThing"),
          takesConditions(client, "touchThing"), takesConditions(client, "thingExists")), "GET, POST and HEAD never");
      assertEquals(List.of(false, false), List.of(takesConditions(client, "putPlain"), takesConditions(client, "deletePlain")),
          "a model without etag; a 300 body with one does not count");
      assertEquals(false, takesConditions(client, "deleteOther"), "a GET on another path does not count");
      assertEquals(List.of(false, false), List.of(takesConditions(client, "patchHolder"), takesConditions(client, "putTags")),
          "an etag nested in a property, an 'etags' property and a body that is not a model do not count");
    }
  }

  @Test
  void conditionsGoOutAsIfMatchAndIfNoneMatchHeaders() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("DELETE /things/a", 204, null, "");
      Object client = spec.client("ShopClient");
      SpecClient.call(client, "deleteThing", "a", RequestConditions.ifMatch("\"v1\""));
      assertEquals("\"v1\"", spec.last().header("If-Match"));
      assertNull(spec.last().header("If-None-Match"));
      SpecClient.call(client, "deleteThing", "a", RequestConditions.ifNoneMatch("*"));
      assertEquals("*", spec.last().header("If-None-Match"));
      SpecClient.call(client, "deleteThing", "a");
      assertNull(spec.last().header("If-Match"), "the overload without conditions sends none");
    }
  }

  @Test
  void aHeadWithoutABodyAnswersWhetherTheResourceExistsAndAHeadWithABodyReturnsIt() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("ShopClient");
      Method exists = SpecClient.method(client, "thingExists", 1);
      assertEquals(true, exists.getReturnType() == Boolean.class || exists.getReturnType() == boolean.class,
          () -> "returns " + exists.getReturnType());
      Object instance = spec.client("ShopClient");
      spec.answer("HEAD /things/a", 204, null, "");
      assertEquals(true, SpecClient.call(instance, "thingExists", "a"));
      spec.answer("HEAD /things/a", 404, null, "");
      assertEquals(false, SpecClient.call(instance, "thingExists", "a"));
      assertEquals("HEAD", spec.last().method());
      spec.answer("HEAD /things/a", 500, null, "");
      assertThrows(RuntimeException.class, () -> SpecClient.call(instance, "thingExists", "a"));
      assertEquals("Plain", SpecClient.method(client, "peekOther", 1).getReturnType().getSimpleName(),
          "a HEAD that declares a body is not an existence check");
    }
  }

  @Test
  void anExistenceCheckKeepsItsTypedHeadersAndAParameterNamedResponse() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("HEAD /probes/a", 200, null, "");
      spec.responseHeaders("x-ms-version", "3");
      Object client = spec.client("ShopClient");
      Object response = SpecClient.call(client, "probeWithResponse", "a", "r", null);
      assertEquals(true, SpecClient.call(response, "value"));
      assertEquals(3, SpecClient.call(SpecClient.call(response, "typedHeaders"), "xMsVersion"));
      assertEquals("/probes/a?response=r", spec.last().uri());
      spec.answer("HEAD /probes/a", 404, null, "");
      assertEquals(false, SpecClient.call(SpecClient.call(client, "probeWithResponse", "a", "r", null), "value"));
      assertEquals(false, ((java.util.concurrent.CompletableFuture<?>) SpecClient.call(client, "probeAsync", "a", "r")).get(),
          "the async form too (its lambda once took the parameter's name and did not compile)");
      assertEquals(false, takesConditions(spec.type("ShopClient"), "probeRequest"), "a HEAD's request takes no conditions");
    }
  }
}
