package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML bodies of every scalar kind, as attributes and elements, in wrapped lists, with a namespaced
 * element, and lists as the document root: generated inside each test, compiled and run against a
 * loopback server; what the client reads and what it sends are asserted.
 */
class XmlDocumentsTest {
  private static final String PACKAGE = "com.example.orders.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Orders", "version": "1.0"}, "host": "localhost",
       "consumes": ["application/xml"], "produces": ["application/xml"], "paths": {
        "/order": {
          "get": {"operationId": "Orders_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Order"}}}},
          "put": {"operationId": "Orders_Put",
            "parameters": [{"name": "order", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Order"}}],
            "responses": {"204": {"description": "ok"}}}},
        "/ids": {
          "get": {"operationId": "Orders_GetIds", "responses": {"200": {"description": "ok",
            "schema": {"type": "array", "xml": {"name": "ids", "wrapped": true}, "items": {"type": "integer", "format": "int64", "xml": {"name": "id"}}}}}},
          "put": {"operationId": "Orders_PutIds",
            "parameters": [{"name": "ids", "in": "body", "required": true,
              "schema": {"type": "array", "xml": {"name": "ids", "wrapped": true}, "items": {"type": "integer", "format": "int64", "xml": {"name": "id"}}}}],
            "responses": {"204": {"description": "ok"}}}},
        "/lines": {
          "get": {"operationId": "Orders_GetLines", "responses": {"200": {"description": "ok",
            "schema": {"type": "array", "xml": {"name": "lines", "wrapped": true}, "items": {"$ref": "#/definitions/Line"}}}}},
          "put": {"operationId": "Orders_PutLines",
            "parameters": [{"name": "lines", "in": "body", "required": true,
              "schema": {"type": "array", "xml": {"name": "lines", "wrapped": true}, "items": {"$ref": "#/definitions/Line"}}}],
            "responses": {"204": {"description": "ok"}}}}},
      "definitions": {
        "Party": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Line": {"type": "object", "xml": {"name": "line"}, "properties": {
          "sku": {"type": "string", "xml": {"attribute": true}},
          "price": {"type": "number", "format": "decimal"}}},
        "Order": {"type": "object", "xml": {"name": "order"}, "properties": {
          "id": {"type": "integer", "format": "int32", "xml": {"attribute": true}},
          "code": {"type": "string", "xml": {"attribute": true}},
          "placed": {"type": "string", "format": "date-time"},
          "status": {"type": "string", "enum": ["open", "shipped"], "x-ms-enum": {"name": "Status", "modelAsString": false}},
          "paid": {"type": "boolean"},
          "note": {"type": "string", "xml": {"name": "note", "namespace": "urn:notes", "prefix": "n"}},
          "buyer": {"$ref": "#/definitions/Party"},
          "counts": {"type": "array", "xml": {"wrapped": true}, "items": {"type": "integer", "format": "int32", "xml": {"name": "n"}}},
          "tags": {"type": "array", "xml": {"wrapped": true}, "items": {"type": "string", "xml": {"name": "tag"}}},
          "states": {"type": "array", "xml": {"wrapped": true}, "items": {"$ref": "#/definitions/Status2"}},
          "lines": {"type": "array", "xml": {"wrapped": true}, "items": {"$ref": "#/definitions/Line"}}}},
        "Status2": {"type": "string", "enum": ["a", "b"], "x-ms-enum": {"name": "Status2", "modelAsString": true}, "xml": {"name": "s"}}}}
      """;

  @TempDir
  Path tmp;

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String ORDER = DECLARATION + "<order id=\"7\" code=\"A&amp;1\">"
      + "<placed>2024-01-02T03:04:05Z</placed><status>shipped</status><paid>true</paid>"
      + "<n:note xmlns:n=\"urn:notes\">hi</n:note><buyer><name>Ann</name></buyer>"
      + "<counts><n>1</n><n>-2</n></counts><tags><tag>t1</tag><tag></tag></tags><states><s>b</s><s>c</s></states>"
      + "<lines><line sku=\"x\"><price>1.50</price></line><line sku=\"y\"></line></lines></order>";

  private static Object get(Object model, String property) throws Throwable {
    return SpecClient.call(model, property);
  }

  @Test
  void aModelReadsEveryKindOfValueFromAttributesAndElementsAndWritesTheSameDocumentBack() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /order", 200, "application/xml", ORDER);
      spec.answer("PUT /order", 204, null, "");
      Object client = spec.client("OrdersClient");
      Object order = SpecClient.call(client, "get");
      assertEquals(7, get(order, "id"));
      assertEquals("A&1", get(order, "code"));
      assertEquals(OffsetDateTime.parse("2024-01-02T03:04:05Z"), get(order, "placed"));
      assertEquals("shipped", get(order, "status").toString());
      assertEquals(true, get(order, "paid"));
      assertEquals("hi", get(order, "note"), "a namespaced element is read by its local name");
      assertEquals("Ann", get(get(order, "buyer"), "name"), "a nested model");
      assertEquals(List.of(1, -2), get(order, "counts"));
      assertEquals(List.of("t1", ""), get(order, "tags"), "an empty element is an empty string");
      assertEquals("[b, c]", get(order, "states").toString(), "an open enum keeps a value it does not know");
      List<?> lines = (List<?>) get(order, "lines");
      assertEquals(List.of("x", "y"), List.of(get(lines.get(0), "sku"), get(lines.get(1), "sku")));
      assertEquals(new BigDecimal("1.50"), get(lines.get(0), "price"));
      assertEquals(null, get(lines.get(1), "price"));
      assertEquals("application/xml", spec.last().header("Accept"));

      SpecClient.call(client, "put", order);
      assertEquals("application/xml", spec.last().header("Content-Type"));
      assertEquals(ORDER, spec.last().body(), "what was read is written back as the same document");
    }
  }

  @Test
  void aListBodyIsARootElementWithOneChildPerItemBothWays() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /ids", 200, "application/xml", DECLARATION + "<ids><id>1</id><id>5000000000</id></ids>");
      spec.answer("GET /lines", 200, "application/xml", DECLARATION + "<lines><line sku=\"q\"><price>2</price></line></lines>");
      spec.answer("PUT /ids", 204, null, "");
      spec.answer("PUT /lines", 204, null, "");
      Object client = spec.client("OrdersClient");
      assertEquals(List.of(1L, 5_000_000_000L), SpecClient.call(client, "getIds"));
      List<?> lines = (List<?>) SpecClient.call(client, "getLines");
      assertEquals("q", get(lines.get(0), "sku"));
      assertEquals(new BigDecimal("2"), get(lines.get(0), "price"));

      SpecClient.call(client, "putIds", java.util.Arrays.asList(3L, null, 4L));
      assertEquals(DECLARATION + "<ids><id>3</id><id>4</id></ids>", spec.last().body(), "a null item is left out");
      SpecClient.call(client, "putLines", lines);
      assertEquals(DECLARATION + "<lines><line sku=\"q\"><price>2</price></line></lines>", spec.last().body());
      assertEquals("application/xml", spec.last().header("Content-Type"));
    }
  }
}
