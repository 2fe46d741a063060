package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.arm.ArmResponseWithHeaders;
import io.armgen.runtime.arm.RequestOptions;
import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code for parameters and responses, run in memory against a pipeline policy that
 * answers instead of a server, so what the client sends is read from the request itself:
 * parameter texts, collection formats, grouping, a parameterized host, constraint checks, and the
 * {@code ...WithResponse} form with typed headers and {@code RequestOptions}.
 */
class ParameterEmitTest {
  @TempDir
  static Path tmp;

  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Things", "version": "2024-01-01"},
       "x-ms-parameterized-host": {"hostTemplate": "{account}.{suffix}", "parameters": [
         {"name": "account", "in": "path", "required": true, "type": "string", "x-ms-skip-url-encoding": true},
         {"$ref": "#/parameters/Suffix"}]},
       "parameters": {"Suffix": {"name": "suffix", "in": "path", "required": true, "type": "string",
         "x-ms-skip-url-encoding": true, "default": "example.net"}},
       "paths": {
        "/things/{name}": {"get": {"operationId": "Things_Get", "parameters": [
          {"name": "name", "in": "path", "required": true, "type": "string", "pattern": "^[a-z]+$", "maxLength": 8},
          {"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"}, "collectionFormat": "pipes"},
          {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
          {"name": "since", "in": "query", "type": "string", "format": "date-time"},
          {"name": "when", "in": "header", "type": "string", "format": "date-time-rfc1123"},
          {"name": "wait", "in": "header", "type": "string", "format": "duration"},
          {"name": "key", "in": "header", "type": "string", "format": "byte"},
          {"name": "kind", "in": "query", "type": "string", "x-ms-client-default": "all"},
          {"name": "top", "in": "query", "type": "integer", "x-ms-parameter-grouping": {"postfix": "Options"}},
          {"name": "skip", "in": "query", "type": "integer", "x-ms-parameter-grouping": {"postfix": "Options"}}],
         "responses": {"200": {"description": "ok", "schema": {"type": "string"},
           "headers": {"x-ms-count": {"type": "integer"}, "Last-Modified": {"type": "string", "format": "date-time-rfc1123"}}}}}}}}
      """;

  private static ClassLoader loader;
  private static final List<HttpRequest> SENT = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    Path spec = Files.createDirectories(tmp.resolve("specification/things")).resolve("things.json");
    Files.writeString(spec, SPEC);
    GeneratorResult result = new Generator().generate(new GeneratorOptions(List.of(spec), "com.example", false, List.of()));
    assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() != io.armgen.generator.diagnostics.Severity.INFO
        && !d.code().equals("SERVICE_NAMESPACE_MISSING")), result.diagnostics()::toString);
    Compilation compiled = GeneratedCode.compileClean(result.files());
    loader = GeneratedCode.load(compiled);
  }

  private static Object client(String account) throws Exception {
    Class<?> type = loader.loadClass("com.example.things.v2024_01_01.ThingsClient");
    @SuppressWarnings("unchecked")
    ArmClientBuilder<?> builder = (ArmClientBuilder<?>) type.getMethod("builder").invoke(null);
    builder.addPolicy((request, next) -> {
      SENT.add(request);
      return new HttpResponse(200, HttpHeaders.of(Map.of("x-ms-count", List.of("7"),
          "last-modified", List.of("Fri, 01 Jan 2010 12:34:56 GMT"), "content-type", List.of("application/json"))),
          "\"ok\"".getBytes(StandardCharsets.UTF_8));
    });
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:1");
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object group(Integer top) throws Exception {
    Object options = loader.loadClass("com.example.things.v2024_01_01.models.ThingsGetOptions").getConstructor().newInstance();
    return options.getClass().getMethod("withTop", Integer.class).invoke(options, top);
  }

  private static Method withResponse(Object client) {
    return Arrays.stream(client.getClass().getMethods()).filter(m -> m.getName().equals("getWithResponse")).findFirst().orElseThrow();
  }

  @Test
  void everyValueTravelsAsTheSpecSays() throws Exception {
    SENT.clear();
    Object client = client("acct");
    OffsetDateTime when = OffsetDateTime.of(2010, 1, 1, 12, 34, 56, 0, ZoneOffset.UTC);
    // required (name, then the host's account), then optional in spec order, then the options
    ArmResponseWithHeaders<?, ?> response = (ArmResponseWithHeaders<?, ?>) withResponse(client).invoke(client, "abc",
        "acct", Arrays.asList(1, null, 3), List.of("x", "y z"), when, when, Duration.ofDays(1).plusMinutes(1),
        new byte[] {1, 2, 3}, null, group(5), new RequestOptions().header("x-extra", "1"));
    HttpRequest sent = SENT.get(0);
    assertEquals("http://acct.example.net/things/abc", sent.uri().toString().replaceAll("\\?.*", ""));
    assertEquals("ids=1%7C%7C3&tags=x&tags=y%20z&since=2010-01-01T12:34:56Z&kind=all&top=5",
        sent.uri().getRawQuery());
    assertEquals("Fri, 01 Jan 2010 12:34:56 GMT", sent.header("when"));
    assertEquals("P1DT1M", sent.header("wait"));
    assertEquals("AQID", sent.header("key"));
    assertEquals("1", sent.header("x-extra"));
    assertEquals("ok", response.value());
    Object headers = response.typedHeaders();
    assertEquals(7, headers.getClass().getMethod("xMsCount").invoke(headers));
    assertEquals(when, headers.getClass().getMethod("lastModified").invoke(headers));
  }

  @Test
  void constraintsAreCheckedBeforeAnythingIsSent() throws Exception {
    SENT.clear();
    Object client = client("acct");
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> withResponse(client).invoke(client,
        "ABC", "acct", null, null, null, null, null, null, null, null, null));
    assertEquals("Parameter name does not match the pattern ^[a-z]+$", e.getCause().getMessage());
    e = assertThrows(InvocationTargetException.class, () -> withResponse(client).invoke(client,
        "abcdefghij", "acct", null, null, null, null, null, null, null, null, null));
    assertEquals("Parameter name has 10 characters; at most 8 are allowed", e.getCause().getMessage());
    assertTrue(SENT.isEmpty());
  }

  @Test
  void theHostSettingHasTheSpecsDefaultAndTheMethodsOverloadsStayFew() throws Exception {
    Class<?> client = loader.loadClass("com.example.things.v2024_01_01.ThingsClient");
    Class<?> builder = loader.loadClass("com.example.things.v2024_01_01.ThingsClient$Builder");
    assertEquals(builder, builder.getMethod("suffix", String.class).getReturnType());
    List<String> methods = Arrays.stream(client.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.getName().equals("builder"))
        .map(m -> m.getName() + "/" + m.getParameterCount()).sorted().toList();
    // the fullest and the required-only get, getWithResponse with the options, and getAsync twice
    assertEquals(List.of("get/10", "get/2", "getAsync/10", "getAsync/2", "getWithResponse/11"), methods);
  }
}
