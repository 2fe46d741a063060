package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.arm.LroPoller;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arguments and results of generated methods: a constant body and the subscription are
 * supplied by the client, an optional body is required in the overloads of another way of sending
 * it, and a long-running operation returns the body of 200, else 201, else its only other status.
 * Generated inside each test, compiled and run against a loopback server.
 */
class OperationShapesTest {
  private static final String PACKAGE = "com.example.lamps.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Lamps", "version": "1.0"}, "host": "localhost", "paths": {
        "/subscriptions/{subscriptionId}/lamps/{name}/switch": {"post": {"operationId": "Lamps_Switch",
          "parameters": [{"$ref": "#/parameters/SubscriptionIdParameter"},
            {"name": "name", "in": "path", "required": true, "type": "string"},
            {"name": "state", "in": "body", "required": true, "schema": {"type": "string", "enum": ["on"]}}],
          "responses": {"204": {"description": "done"}}}},
        "/lamps": {"get": {"operationId": "Lamps_Count",
          "parameters": [{"name": "top", "in": "query", "required": false, "type": "integer", "format": "int32", "x-ms-client-default": 10}],
          "responses": {"200": {"description": "ok", "schema": {"type": "integer", "format": "int32"}}}}},
        "/bulbs": {"put": {"operationId": "Lamps_PutBulb",
          "parameters": [{"name": "bulb", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Bulb"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/notes": {"put": {"operationId": "Lamps_PutNote", "consumes": ["text/plain", "application/json"],
          "parameters": [{"name": "note", "in": "body", "required": false, "schema": {"type": "string"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/blobs": {"put": {"operationId": "Lamps_PutBlob", "consumes": ["application/octet-stream"],
          "parameters": [{"name": "blob", "in": "body", "required": false, "schema": {"type": "string", "format": "binary"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/lamps/{name}": {"put": {"operationId": "Lamps_Create", "x-ms-long-running-operation": true,
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "no body"}, "201": {"description": "created", "schema": {"$ref": "#/definitions/Lamp"}}}}},
        "/lamps/{name}/copy": {"post": {"operationId": "Lamps_Copy", "x-ms-long-running-operation": true,
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"202": {"description": "accepted", "schema": {"$ref": "#/definitions/Lamp"}}}}},
        "/lamps/{name}/off": {"post": {"operationId": "Lamps_Off", "x-ms-long-running-operation": true,
          "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"202": {"description": "accepted"}, "204": {"description": "done"}}}}},
      "parameters": {"SubscriptionIdParameter": {"name": "subscriptionId", "in": "path", "required": true, "type": "string"}},
      "definitions": {"Bulb": {"type": "object", "required": ["watts"], "properties": {"watts": {"type": "integer", "format": "int32"}}},
        "Lamp": {"type": "object", "properties": {"watts": {"type": "integer", "format": "int32"}}}}}
      """;

  @TempDir
  Path tmp;

  @Test
  void theSubscriptionComesFromTheClient() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("POST /subscriptions/sub-1/lamps/desk/switch", 204, null, "");
      Object client = spec.client("LampsClient", "subscriptionId", "sub-1");
      assertEquals(List.of("[String, LampsSwitchState]"), SpecClient.signatures(client.getClass(), "switchValue"),
          "no subscription argument");
      Object on = spec.type("models.LampsSwitchState").getMethod("fromString", String.class).invoke(null, "on");
      SpecClient.call(client, "switchValue", "desk", on);
      assertEquals("/subscriptions/sub-1/lamps/desk/switch", spec.last().uri());
      assertEquals("\"on\"", spec.last().body());
      String doc = SpecClient.javadocBefore(spec.source("LampsClient.java"), "public void switchValue(");
      assertFalse(doc.contains("Sends the body"), "a JSON body says nothing about its media type: " + doc);
      assertFalse(doc.contains("@return"), "a void method has no @return: " + doc);
      assertTrue(SpecClient.javadocBefore(spec.source("LampsClient.java"), "public Lamp create(").contains("@return"));
    }
  }

  @Test
  void anOptionalBodyIsRequiredInTheOverloadsOfAnotherWayOfSendingIt() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("LampsClient");
      assertEquals(List.of("[String]", "[]"), SpecClient.signatures(client, "putNote"), "text: the body may be left out");
      assertEquals(List.of("[String]"), SpecClient.signatures(client, "putNoteJson"), "JSON: the body is what differs");
      assertEquals(List.of("[InputStream]", "[]", "[byte[]]"), SpecClient.signatures(client, "putBlob"),
          "a stream overload always takes the stream");
      spec.answer("PUT /notes", 204, null, "");
      Object instance = spec.client("LampsClient");
      SpecClient.call(instance, "putNote");
      assertEquals("", spec.last().body());
      assertEquals(null, spec.last().header("Content-Type"), "no body, no media type");
      SpecClient.call(instance, "putNoteJson", "hi");
      assertEquals("\"hi\"", spec.last().body());
      assertEquals("application/json", spec.last().header("Content-Type"));
    }
  }

  @Test
  void aLongRunningOperationReturnsTheBodyOf200Else201ElseItsOnlyOtherStatus() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("LampsClient");
      assertEquals("Lamp", SpecClient.method(client, "create", 1).getReturnType().getSimpleName(), "200 has no body: 201's");
      assertEquals("Lamp", SpecClient.method(client, "copy", 1).getReturnType().getSimpleName(), "only 202 has one");
      assertEquals("void", SpecClient.method(client, "off", 1).getReturnType().getSimpleName(), "none has one");
    }
  }

  @Test
  void aLongRunningOperationResumesFromItsPollersTokenAndFinishes() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("PUT /lamps/desk", 201, "application/json", "{\"watts\":1}");
      spec.answer("GET /ops/1", 200, "application/json", "{\"status\":\"Succeeded\"}");
      spec.answer("GET /lamps/desk", 200, "application/json", "{\"watts\":7}");
      spec.responseHeaders("Azure-AsyncOperation", spec.endpoint() + "/ops/1");
      Object builder = spec.builder("LampsClient");
      builder.getClass().getMethod("pollInterval", java.time.Duration.class).invoke(builder, java.time.Duration.ofMillis(10));
      Object client = builder.getClass().getMethod("build").invoke(builder);
      LroPoller<?> started = (LroPoller<?>) SpecClient.call(client, "beginCreate", "desk");
      LroPoller<?> resumed = (LroPoller<?>) SpecClient.call(client, "resumeCreate", started.resumeToken());
      Object lamp = resumed.waitForCompletion();
      assertEquals(7, SpecClient.call(lamp, "watts"), "the final GET's body");
      assertEquals(1, spec.arrived.stream().filter(a -> a.method().equals("PUT")).count(), "resuming sends no new PUT");
    }
  }

  @Test
  void aLeftOutParameterWithAClientDefaultSendsTheDefault() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /lamps", 200, "application/json", "3");
      Object client = spec.client("LampsClient");
      assertEquals(3, SpecClient.call(client, "count"));
      assertEquals("/lamps?top=10", spec.last().uri());
      SpecClient.call(client, "count", 2);
      assertEquals("/lamps?top=2", spec.last().uri());
    }
  }

  @Test
  void aModelBodyIsValidatedBeforeAnythingIsSent() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("PUT /bulbs", 204, null, "");
      Object client = spec.client("LampsClient");
      Object bulb = spec.type("models.Bulb").getConstructor().newInstance();
      Throwable refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> SpecClient.call(client, "putBulb", bulb));
      assertTrue(refused.getMessage().contains("watts"), refused.getMessage());
      assertEquals(List.of(), spec.arrived, "nothing was sent");
      SpecClient.call(bulb, "withWatts", 40);
      SpecClient.call(client, "putBulb", bulb);
      assertEquals("{\"watts\":40}", spec.last().body());
    }
  }
}
