package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.runtime.arm.ResourceId;
import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property that holds another resource's id (an {@code arm-id} string, or an object whose
 * {@code id} is one) gets {@code <property>ResourceId()}: the id parsed, null when the property or
 * its id is not set, an error when the text is no resource id; never an accessor whose name a
 * property already has, and none for a plain property. Emitted before each test (PIT credits a
 * {@code @BeforeAll} to one test only), compiled once per distinct text.
 */
class ReferenceIdAccessorsTest {
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Links", "version": "2024-01-01"},
       "host": "management.azure.com", "schemes": ["https"],
       "paths": {"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Links/links/{linkName}": {"get": {
         "operationId": "Links_Get", "parameters": [
           {"name": "subscriptionId", "in": "path", "required": true, "type": "string"},
           {"name": "resourceGroupName", "in": "path", "required": true, "type": "string"},
           {"name": "linkName", "in": "path", "required": true, "type": "string"},
           {"name": "api-version", "in": "query", "required": true, "type": "string"}],
         "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Link"}}}}}},
       "definitions": {
        "Link": {"type": "object", "x-ms-azure-resource": true, "properties": {
          "id": {"type": "string", "readOnly": true}, "name": {"type": "string", "readOnly": true},
          "type": {"type": "string", "readOnly": true},
          "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/LinkProperties"}}},
        "LinkProperties": {"type": "object", "properties": {
          "workspaceId": {"type": "string", "format": "arm-id"},
          "subnet": {"$ref": "#/definitions/SubResource"},
          "note": {"type": "string"},
          "vaultId": {"type": "string", "format": "arm-id"},
          "vaultIdResourceId": {"type": "string"}}},
        "SubResource": {"type": "object", "properties": {"id": {"type": "string"}}}}}
      """;
  private static final String WORKSPACE = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Ops/workspaces/w1";
  private static final String SUBNET =
      "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v1/subnets/default";

  @TempDir
  Path tmp;
  private Class<?> link;

  @BeforeEach
  void generate() throws Exception {
    Map<String, String> files = InlineSpec.javaSources(InlineSpec.generate(tmp, "links", SPEC).files());
    link = GeneratedCode.compileOnce(files).loader().loadClass(InlineSpec.className(files, "Link"));
  }

  private Object read(String json) throws Exception {
    Method fromJson = link.getMethod("fromJson", JsonParser.class);
    return Json.parse(json, p -> {
      try {
        return fromJson.invoke(null, p);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static Object call(Object target, String name) throws Exception {
    try {
      return target.getClass().getMethod(name).invoke(target);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  @Test
  void anArmIdStringIsOfferedParsed() throws Exception {
    Object l = read("{\"properties\": {\"workspaceId\": \"" + WORKSPACE + "\"}}");
    assertEquals(ResourceId.parse(WORKSPACE), call(l, "workspaceIdResourceId"));
    assertNull(call(read("{\"properties\": {}}"), "workspaceIdResourceId"), "not set: null");
  }

  @Test
  void anObjectWithAnIdIsOfferedByItsIdAndNullWhenEitherIsMissing() throws Exception {
    Object l = read("{\"properties\": {\"subnet\": {\"id\": \"" + SUBNET + "\"}}}");
    assertEquals(ResourceId.parse(SUBNET), call(l, "subnetResourceId"));
    assertNull(call(read("{\"properties\": {\"subnet\": {}}}"), "subnetResourceId"), "no id: null");
    assertNull(call(read("{\"properties\": {}}"), "subnetResourceId"), "no subnet: null");
  }

  @Test
  void aValueThatIsNoResourceIdIsAnErrorNotAGuess() throws Exception {
    Object l = read("{\"properties\": {\"workspaceId\": \"not-an-id\"}}");
    assertThrows(IllegalArgumentException.class, () -> call(l, "workspaceIdResourceId"));
  }

  @Test
  void onlyReferencesGetAnAccessorAndNeverOneAPropertyAlreadyHas() throws Exception {
    List<String> methods = Arrays.stream(link.getMethods()).map(Method::getName).toList();
    assertFalse(methods.contains("noteResourceId"), methods::toString);
    assertEquals(String.class, link.getMethod("vaultIdResourceId").getReturnType(),
        "the property keeps its name; no ResourceId accessor replaces it");
  }
}
