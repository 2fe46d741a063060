package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Array parameters in each collection format, a header collection, the spec's constraints checked
 * before sending, and typed response headers: generated inside each test, compiled and run against
 * a loopback server.
 */
class WireParametersTest {
  private static final String PACKAGE = "com.example.items.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Items", "version": "1.0"}, "host": "localhost", "paths": {
        "/items": {"get": {"operationId": "Items_List",
          "parameters": [
            {"name": "ids", "in": "query", "required": true, "type": "array", "collectionFormat": "multi", "items": {"type": "integer", "format": "int32"}},
            {"name": "names", "in": "query", "required": true, "type": "array", "collectionFormat": "pipes", "items": {"type": "string"}},
            {"name": "days", "in": "query", "required": true, "type": "array", "items": {"type": "string", "format": "date"}},
            {"name": "x-ms-meta", "in": "header", "required": false, "type": "object", "additionalProperties": {"type": "string"},
             "x-ms-header-collection-prefix": "x-ms-meta-"},
            {"name": "size", "in": "query", "required": true, "type": "integer", "format": "int32", "minimum": 1, "maximum": 10},
            {"name": "code", "in": "query", "required": true, "type": "string", "minLength": 2, "maxLength": 3}],
          "responses": {
            "200": {"description": "ok", "schema": {"type": "string"}, "headers": {
              "x-ms-count": {"type": "integer", "format": "int32"},
              "x-ms-when": {"type": "string", "format": "date-time"},
              "x-ms-note": {"type": "string"},
              "x-ms-empty": {"type": "integer", "format": "int64"},
              "x-ms-modified": {"type": "string", "format": "date-time-rfc1123", "description": "When it last changed."},
              "x-ms-tag": {"type": "string", "x-ms-header-collection-prefix": "x-ms-tag-"}}},
            "400": {"description": "bad", "headers": {"x-ms-error-code": {"type": "string"}}}}}}}}
      """;

  @TempDir
  Path tmp;

  private static Object list(Object client, Object size, String code, Map<String, String> meta) throws Throwable {
    return SpecClient.call(client, "listWithResponse", List.of(1, 2), List.of("a b", "c"),
        List.of(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-03-04")), size, code, meta, null);
  }

  @Test
  void arraysGoInTheirCollectionFormatAndAHeaderCollectionAsPrefixedHeaders() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /items", 200, "application/json", "\"ok\"");
      Object client = spec.client("ItemsClient");
      list(client, 5, "ab", Map.of("color", "red"));
      assertEquals("/items?ids=1&ids=2&names=a%20b%7Cc&days=2024-01-02,2024-03-04&size=5&code=ab",
          spec.last().uri(), "multi repeats the name; pipes and csv join the texts");
      assertEquals("red", spec.last().header("x-ms-meta-color"));
    }
  }

  @Test
  void constraintsAreCheckedAtTheirBoundsBeforeAnythingIsSent() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /items", 200, "application/json", "\"ok\"");
      Object client = spec.client("ItemsClient");
      list(client, 1, "ab", null);
      list(client, 10, "abc", null);
      assertEquals(2, spec.arrived.size(), "the bounds themselves are allowed");
      for (Object[] bad : new Object[][] {{0, "ab"}, {11, "ab"}, {5, "a"}, {5, "abcd"}}) {
        Throwable thrown = assertThrows(IllegalArgumentException.class, () -> list(client, bad[0], (String) bad[1], null));
        assertTrue(thrown.getMessage().contains(bad[0].equals(5) ? "code" : "size"), thrown.getMessage());
      }
      assertEquals(2, spec.arrived.size(), "nothing more was sent");
    }
  }

  @Test
  void declaredSuccessHeadersAreTypedAndAnEmptyTypedHeaderIsNull() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /items", 200, "application/json", "\"ok\"");
      spec.responseHeaders("x-ms-count", "42", "x-ms-when", "2024-05-06T07:08:09Z", "x-ms-note", "", "x-ms-empty", "",
          "x-ms-modified", "Tue, 07 May 2024 08:09:10 GMT", "x-ms-tag-a", "1", "x-ms-tag-b", "2");
      Object client = spec.client("ItemsClient");
      Object response = list(client, 5, "ab", null);
      Object headers = SpecClient.call(response, "typedHeaders");
      assertEquals(42, SpecClient.call(headers, "xMsCount"));
      assertEquals(OffsetDateTime.parse("2024-05-06T07:08:09Z"), SpecClient.call(headers, "xMsWhen"));
      assertEquals("", SpecClient.call(headers, "xMsNote"), "a string header keeps an empty value");
      assertEquals(null, SpecClient.call(headers, "xMsEmpty"), "an empty number says nothing");
      assertEquals(List.of(), SpecClient.signatures(headers.getClass(), "xMsErrorCode"), "a 400's header is not a success header");
      assertEquals(OffsetDateTime.parse("2024-05-07T08:09:10Z"), SpecClient.call(headers, "xMsModified"));
      assertEquals(Map.of("a", "1", "b", "2"), SpecClient.call(headers, "xMsTag"), "a header collection by the rest of the names");
      String source = spec.source("ItemsListHeaders.java");
      assertTrue(source.contains("When it last changed.\n"), "the header's own description");
      assertTrue(source.contains("The {@code x-ms-count} header.\n"), "a default for a header without one");
      assertTrue(source.contains("@return the {@code x-ms-tag} headers, by the rest of their names, or null"), source);
      assertTrue(source.contains("@return the {@code x-ms-count} header, or null"), source);
    }
  }
}
