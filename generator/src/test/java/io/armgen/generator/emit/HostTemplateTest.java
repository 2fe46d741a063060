package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-ms-parameterized-host}: the builder's endpoint, client settings (required, defaulted,
 * renamed when they clash with a builder method) and per-call host variables, placed before or
 * after the operation's own parameters; generated inside each test and run against a loopback server.
 */
class HostTemplateTest {
  private static final String PACKAGE = "com.example.regions.v1_0";

  private static String spec(String position) {
    return """
        {"swagger": "2.0", "info": {"title": "Regions", "version": "1.0"},
         "x-ms-parameterized-host": {"hostTemplate": "{endpoint}/v1/{region}/{scope}:{tenant}/api", "useSchemePrefix": false,
           "positionInOperation": "%s", "parameters": [
           {"name": "endpoint", "in": "path", "required": true, "type": "string", "x-ms-parameter-location": "client", "x-ms-skip-url-encoding": true},
           {"name": "region", "in": "path", "required": true, "type": "string", "x-ms-parameter-location": "client"},
           {"name": "scope", "in": "path", "required": false, "type": "string", "default": "all", "x-ms-parameter-location": "client"},
           {"name": "tenant", "in": "path", "required": true, "type": "string", "x-ms-parameter-location": "method"}]},
         "paths": {"/things/{name}": {"get": {"operationId": "Regions_GetThing",
           "parameters": [{"name": "name", "in": "path", "required": true, "type": "string"}],
           "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}}
        """.formatted(position);
  }

  @TempDir
  Path tmp;

  @Test
  void hostVariablesComeFromTheEndpointTheSettingsAndTheCallEncodedExceptTheEndpoint() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, spec("last"), PACKAGE)) {
      spec.answer("GET /v1/eu west/all:t/1/api/things/a", 200, "application/json", "\"x\"");
      Object client = spec.client("RegionsClient", "region", "eu west");
      assertEquals("x", SpecClient.call(client, "getThing", "a", "t/1"), "the operation's own parameters first");
      assertEquals("/v1/eu%20west/all:t%2F1/api/things/a", spec.last().uri(),
          "region and tenant are encoded path segments; the scope setting defaults to the spec's 'all'");

      Object other = spec.client("RegionsClient", "region", "west", "scopeSetting", "one");
      SpecClient.call(other, "getThing", "b", "t");
      assertEquals("/v1/west/one:t/api/things/b", spec.last().uri(), "a setting named like a builder method gets a suffix");
    }
  }

  @Test
  void aRequiredSettingLeftUnsetFailsTheBuildAndTheBuilderDocumentsTheDefault() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, spec("last"), PACKAGE)) {
      Throwable thrown = assertThrows(IllegalStateException.class, () -> {
        try {
          spec.client("RegionsClient");
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw e.getCause();
        }
      });
      assertEquals("region is required: it is part of the host every request goes to", thrown.getMessage());
      assertEquals(List.of("[String]"), SpecClient.signatures(spec.type("RegionsClient$Builder"), "scopeSetting"));
      assertTrue(spec.source("RegionsClient.java").contains("(default: all)"), "the setter's Javadoc names the default");
      assertEquals(List.of(), SpecClient.signatures(spec.type("RegionsClient$Builder"), "tenant"),
          "a per-call variable is no builder setting");
    }
  }

  @Test
  void hostVariablesGoFirstWhenTheSpecSaysSo() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, spec("first"), PACKAGE)) {
      spec.answer("GET /v1/r/all:t/api/things/a", 200, "application/json", "\"x\"");
      Object client = spec.client("RegionsClient", "region", "r");
      SpecClient.call(client, "getThing", "t", "a");
      assertEquals("/v1/r/all:t/api/things/a", spec.last().uri());
    }
  }

  @Test
  void aSettingWithOneAllowedValueStartsWithIt() throws Throwable {
    String spec = """
        {"swagger": "2.0", "info": {"title": "Zones", "version": "1.0"},
         "x-ms-parameterized-host": {"hostTemplate": "{endpoint}/{zone}", "useSchemePrefix": false, "parameters": [
           {"name": "endpoint", "in": "path", "required": true, "type": "string", "x-ms-parameter-location": "client", "x-ms-skip-url-encoding": true},
           {"name": "zone", "in": "path", "required": true, "type": "string", "enum": ["z1"], "x-ms-parameter-location": "client"}]},
         "paths": {"/things": {"get": {"operationId": "Zones_List",
           "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}}}}
        """;
    try (SpecClient zones = SpecClient.of(tmp, spec, "com.example.zones.v1_0")) {
      zones.answer("GET /z1/things", 200, "application/json", "\"x\"");
      assertEquals("x", SpecClient.call(zones.client("ZonesClient"), "list"), "built without setting it");
      assertEquals("/z1/things", zones.last().uri());
    }
  }
}
