package io.armgen.generator.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expectation's own helper: read-only fields found in the spec's JSON wherever they hide. */
class SpecBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String singleQuoted) throws Exception {
    return JSON.readTree(singleQuoted.replace('\'', '"'));
  }

  @Test
  void readOnlyIsFoundAtTheRefSiteInTheTargetThroughAllOfItemsMapsAndOtherFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("common"));
    Files.writeString(dir.resolve("common/types.json"), """
        {"definitions": {
          "Base": {"properties": {"id": {"type": "string", "readOnly": true}, "kind": {"type": "string"}}},
          "Stamp": {"type": "object", "readOnly": true, "properties": {"at": {"type": "string"}}}}}
        """);
    Files.writeString(dir.resolve("spec.json"), """
        {"paths": {"/t": {"put": {"operationId": "Things_Put", "parameters": [
            {"$ref": "#/parameters/Body"}]}}},
         "parameters": {"Body": {"name": "thing", "in": "body", "schema": {"$ref": "#/definitions/Thing"}}},
         "definitions": {
           "Thing": {"allOf": [{"$ref": "common/types.json#/definitions/Base"}], "properties": {
             "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/Props"},
             "stamp": {"$ref": "common/types.json#/definitions/Stamp"},
             "owner": {"$ref": "#/definitions/Owner", "readOnly": true},
             "parts": {"type": "array", "items": {"$ref": "#/definitions/Part"}},
             "byName": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Part"}},
             "nested": {"$ref": "#/definitions/OnlyState"}}},
           "Props": {"properties": {"state": {"type": "string", "readOnly": true}}},
           "OnlyState": {"properties": {"state": {"type": "string", "readOnly": true}}},
           "Owner": {"properties": {"name": {"type": "string"}}},
           "Part": {"properties": {"n": {"type": "integer"}, "etag": {"type": "string", "readOnly": true}}}}}
        """);
    SpecBodies spec = new SpecBodies();
    SpecBodies.Schema body = spec.bodySchema(dir.resolve("spec.json"), "Things_Put");
    JsonNode example = json("""
        {'id': 'i', 'kind': 'k', 'properties': {'state': 's'}, 'stamp': {'at': 'now'}, 'owner': {'name': 'o'},
         'parts': [{'n': 1, 'etag': 'e1'}], 'byName': {'a': {'n': 2, 'etag': 'e2'}}, 'nested': {'state': 's'},
         'unknown': {'etag': 'kept'}}
        """);
    assertEquals(json("""
        {'kind': 'k', 'parts': [{'n': 1}], 'byName': {'a': {'n': 2}}, 'nested': {}, 'unknown': {'etag': 'kept'}}
        """), spec.writable(example, body), "a flattened container left empty goes; a nested model left empty stays");
  }
}
