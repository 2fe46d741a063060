package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pageable list whose next pages come from another operation of its group
 * ({@code x-ms-pageable.operationName}): the later pages are that operation's requests with the
 * next link and the list's own arguments. Generated inside the test, run against a loopback server.
 */
class NextPageOperationTest {
  private static final String PACKAGE = "com.example.pages.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Pages", "version": "1.0"}, "host": "localhost", "paths": {
        "/other": {"get": {"operationId": "Gadgets_Other",
          "parameters": [{"name": "filter", "in": "query", "required": false, "type": "string"}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/GadgetList"}}}}},
        "/gadgets": {"get": {"operationId": "Gadgets_List",
          "x-ms-pageable": {"nextLinkName": "nextLink", "operationName": "Gadgets_ListNext"},
          "parameters": [{"name": "filter", "in": "query", "required": false, "type": "string"}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/GadgetList"}}}}},
        "/next/{nextLink}": {"get": {"operationId": "Gadgets_ListNext", "x-ms-pageable": {"nextLinkName": "nextLink"},
          "parameters": [{"name": "nextLink", "in": "path", "required": true, "type": "string", "x-ms-skip-url-encoding": true},
            {"name": "filter", "in": "query", "required": false, "type": "string"}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/GadgetList"}}}}}},
      "definitions": {
        "Gadget": {"type": "object", "properties": {"size": {"type": "integer", "format": "int32"}}},
        "GadgetList": {"type": "object", "properties": {"value": {"type": "array", "items": {"$ref": "#/definitions/Gadget"}},
          "nextLink": {"type": "string"}}}}}
      """;

  @TempDir
  Path tmp;

  @Test
  void laterPagesAreRequestsOfTheNamedOperationWithTheListsArguments() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /gadgets", 200, "application/json", "{\"value\":[{\"size\":1}],\"nextLink\":\"page2\"}");
      spec.answer("GET /next/page2", 200, "application/json", "{\"value\":[{\"size\":2}]}");
      spec.answer("GET /other", 200, "application/json", "{\"value\":[{\"size\":9}]}");
      Object client = spec.client("GadgetsClient");
      List<Object> sizes = new ArrayList<>();
      for (Object gadget : (Iterable<?>) SpecClient.call(client, "list", "big")) {
        sizes.add(SpecClient.call(gadget, "size"));
      }
      assertEquals(List.of(1, 2), sizes);
      assertEquals(List.of("/gadgets?filter=big", "/next/page2?filter=big"),
          spec.arrived.stream().map(SpecClient.Arrived::uri).toList());
    }
  }
}
