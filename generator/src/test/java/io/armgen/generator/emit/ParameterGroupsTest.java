package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-ms-parameter-grouping}: the parameters of a group travel in one object whose accessors
 * and {@code with} methods say what each is; generated inside each test and run against a loopback server.
 */
class ParameterGroupsTest {
  private static final String PACKAGE = "com.example.reports.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Reports", "version": "1.0"}, "host": "localhost", "paths": {
        "/reports": {"get": {"operationId": "Reports_List",
          "parameters": [
            {"name": "top", "in": "query", "required": true, "type": "integer", "format": "int32",
             "description": "How many at most.", "x-ms-parameter-grouping": {"name": "report-filter"}},
            {"name": "owner", "in": "query", "required": false, "type": "string",
             "x-ms-parameter-grouping": {"name": "report-filter"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}}
      """;

  @TempDir
  Path tmp;

  @Test
  void aGroupsParametersTravelInOneObjectThatDocumentsEach() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("GET /reports", 200, "application/json", "\"r\"");
      Class<?> group = spec.type("models.ReportFilter");
      Object filter = group.getConstructor().newInstance();
      SpecClient.call(filter, "withTop", 5);
      SpecClient.call(filter, "withOwner", "ann");
      Object client = spec.client("ReportsClient");
      assertEquals(List.of("[ReportFilter]"), SpecClient.signatures(client.getClass(), "list"));
      assertEquals("r", SpecClient.call(client, "list", filter));
      assertEquals("/reports?top=5&owner=ann", spec.last().uri());

      String source = spec.source("ReportFilter.java");
      assertTrue(source.contains("How many at most.\n"), source);
      assertTrue(source.contains("@param top the value (required)\n"), source);
      assertTrue(source.contains("The {@code owner} parameter.\n"), "a default for a parameter without a description");
      assertTrue(source.contains("@param owner the value; null to leave it out\n"), source);
    }
  }
}
