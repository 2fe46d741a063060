package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.cli.ArmgenCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose operations consume and produce text, binary, XML (with a namespace and prefix) and
 * forms: generated from Swagger, compiled with {@code -Xlint:all -Werror}, and run against a
 * loopback server that records what arrives and answers with a canned body.
 */
class MediaClientTest {
  private static final String PACKAGE = "com.example.media.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Media", "version": "1.0"}, "host": "localhost", "paths": {
        "/text": {"post": {"operationId": "Media_Echo", "consumes": ["text/plain; charset=UTF-8", "application/json"],
          "produces": ["text/plain"],
          "parameters": [{"name": "message", "in": "body", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}},
        "/scan": {"post": {"operationId": "Media_Scan", "consumes": ["image/png", "application/pdf"],
          "produces": ["application/octet-stream", "application/json"],
          "parameters": [{"name": "image", "in": "body", "required": true, "schema": {"type": "string", "format": "binary"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}},
        "/show": {
          "get": {"operationId": "Media_GetShow", "produces": ["application/xml"],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Show"}}}},
          "put": {"operationId": "Media_PutShow", "consumes": ["application/xml"],
            "parameters": [{"name": "show", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Show"}}],
            "responses": {"201": {"description": "ok"}}}},
        "/form": {"post": {"operationId": "Media_Form", "consumes": ["multipart/form-data"],
          "parameters": [
            {"name": "kind", "in": "formData", "required": true, "type": "string", "enum": ["a", "b"],
             "x-ms-enum": {"name": "Kind", "modelAsString": false}},
            {"name": "when", "in": "formData", "type": "string", "format": "date-time"},
            {"name": "file", "in": "formData", "required": true, "type": "file"}],
          "responses": {"204": {"description": "ok"}}}}},
      "definitions": {
        "Show": {"type": "object", "xml": {"name": "show", "namespace": "urn:shows", "prefix": "s"}, "properties": {
          "title": {"type": "string", "xml": {"attribute": true}},
          "count": {"type": "integer", "format": "int32"},
          "tags": {"type": "array", "xml": {"wrapped": true}, "items": {"type": "string", "xml": {"name": "tag"}}},
          "meta": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"}}}}}}
      """;
  private static final String SHOW_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:show xmlns:s=\"urn:shows\" "
      + "title=\"A &amp; B\"><count>3</count><tags><tag>x</tag><tag></tag></tags><meta><a>1</a></meta></s:show>";

  /** What arrived: method and path, content type, accept, body. */
  private record Arrived(String contentType, String accept, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final Map<String, Arrived> ARRIVED = new ConcurrentHashMap<>();
  private static HttpServer server;
  private static ClassLoader loader;
  private static Map<String, String> sources;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void generateAndStart() throws IOException {
    Path spec = tmp.resolve("media.json");
    Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
    GeneratorResult result = new Generator().check(new GeneratorOptions(List.of(spec), "com.example", false, List.of()));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    sources = GeneratedCode.sources(new JavaEmitter().emit(result.model()));
    loader = GeneratedCode.compile(sources).loader();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", MediaClientTest::answer);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
      ARRIVED.put(key, new Arrived(exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("Accept"), body));
      byte[] reply = switch (key) {
        case "POST /text" -> "r\u00e9ponse".getBytes(StandardCharsets.ISO_8859_1);
        case "POST /scan" -> body;
        case "GET /show" -> SHOW_XML.getBytes(StandardCharsets.UTF_8);
        default -> new byte[0];
      };
      String type = key.equals("POST /text") ? "text/plain; charset=ISO-8859-1" : "application/octet-stream";
      exchange.getResponseHeaders().add("Content-Type", type);
      int status = key.equals("PUT /show") ? 201 : key.equals("POST /form") ? 204 : 200;
      exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
      if (reply.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(reply);
        }
      }
    }
  }

  private static Object client() throws Exception {
    Class<?> type = loader.loadClass(PACKAGE + ".MediaClient");
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:" + server.getAddress().getPort());
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object call(String name, Class<?>[] types, Object... args) throws Exception {
    Object client = client();
    Method method = client.getClass().getMethod(name, types);
    return method.invoke(client, args);
  }

  private static List<String> methods(String name) throws Exception {
    return Arrays.stream(loader.loadClass(PACKAGE + ".MediaClient").getMethods())
        .filter(m -> m.getName().equals(name))
        .map(m -> m.getReturnType().getSimpleName() + " " + name + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName).toList())
        .sorted().toList();
  }

  @Test
  void textIsSentAsTextAndReadInTheResponsesCharset() throws Exception {
    assertEquals("r\u00e9ponse", call("echo", new Class<?>[] {String.class}, "h\u00e9"));
    Arrived sent = ARRIVED.get("POST /text");
    assertEquals("text/plain; charset=UTF-8", sent.contentType());
    assertEquals("text/plain", sent.accept());
    assertEquals("h\u00e9", sent.text());
    assertEquals(List.of("String echoJson[String]"), methods("echoJson"), "JSON is the other way of sending it");
  }

  @Test
  void binaryGoesUnderTheChosenTypeAsBytesOrStreamAndComesBackAsBytesOrStream() throws Exception {
    assertEquals(List.of("byte[] scan[InputStream, String]", "byte[] scan[byte[], String]"), methods("scan"));
    assertEquals(List.of("InputStream scanAsStream[InputStream, String]", "InputStream scanAsStream[byte[], String]"),
        methods("scanAsStream"));
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0};
    assertArrayEquals(image, (byte[]) call("scan", new Class<?>[] {byte[].class, String.class}, image, "image/png"));
    assertEquals("image/png", ARRIVED.get("POST /scan").contentType());
    assertEquals("application/octet-stream, application/json", ARRIVED.get("POST /scan").accept());
    try (InputStream back = (InputStream) call("scanAsStream", new Class<?>[] {InputStream.class, String.class},
        new ByteArrayInputStream(image), "application/pdf")) {
      assertArrayEquals(image, back.readAllBytes());
    }
    assertEquals("application/pdf", ARRIVED.get("POST /scan").contentType());
  }

  @Test
  void xmlKeepsNamesNamespacePrefixAttributesAndWrappedListsBothWays() throws Exception {
    Object show = call("getShow", new Class<?>[0]);
    Class<?> type = show.getClass();
    assertEquals("A & B", type.getMethod("title").invoke(show));
    assertEquals(3, type.getMethod("count").invoke(show));
    assertEquals(Arrays.asList("x", ""), type.getMethod("tags").invoke(show));
    assertEquals(Map.of("a", 1L), type.getMethod("meta").invoke(show));
    assertEquals("application/xml", ARRIVED.get("GET /show").accept());

    call("putShow", new Class<?>[] {type}, show);
    Arrived sent = ARRIVED.get("PUT /show");
    assertEquals("application/xml", sent.contentType());
    assertEquals(SHOW_XML, sent.text(), "what was read is written back as the same document");
  }

  @Test
  void aMultipartFormHasOneTextPartPerFieldAndAFilePart() throws Exception {
    Class<?> kind = loader.loadClass(PACKAGE + ".models.Kind");
    Object b = kind.getMethod("fromString", String.class).invoke(null, "b");
    Class<?>[] types = {kind, byte[].class, java.time.OffsetDateTime.class};
    call("form", types, b, "file!".getBytes(StandardCharsets.UTF_8), java.time.OffsetDateTime.parse("2024-01-02T03:04:00Z"));
    Arrived sent = ARRIVED.get("POST /form");
    String boundary = sent.contentType().substring("multipart/form-data; boundary=".length());
    String text = sent.text();
    assertTrue(text.startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n"), text);
    assertTrue(text.contains("\r\n\r\nb\r\n--" + boundary), text);
    assertTrue(text.contains("name=\"when\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n2024-01-02T03:04:00Z\r\n"),
        "a date-time field has its RFC 3339 text, seconds included: " + text);
    assertTrue(text.contains("name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\nfile!\r\n"), text);
    assertTrue(text.endsWith("--" + boundary + "--\r\n"), text);
    assertEquals(List.of("void form[Kind, InputStream, OffsetDateTime]", "void form[Kind, InputStream]",
        "void form[Kind, byte[], OffsetDateTime]", "void form[Kind, byte[]]"), methods("form"));
  }

  @Test
  void anOperationLeftOutFailsTheRunUnderStrict() throws IOException {
    Path spec = tmp.resolve("mixed.json");
    Files.writeString(spec, """
        {"swagger": "2.0", "info": {"title": "Mixed", "version": "1.0"}, "paths": {
          "/providers/Microsoft.Mixed/a": {"post": {"operationId": "Mixed_Send", "consumes": ["multipart/mixed"],
            "parameters": [{"name": "b", "in": "body", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok"}}}}}}
        """, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int lenient = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate", spec.toString());
    int strict = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--strict",
        spec.toString());
    assertEquals(0, lenient, out + "\n" + err);
    assertEquals(1, strict, out + "\n" + err);
    String printed = out + "\n" + err;
    assertTrue(printed.contains("mixed.json:2:"), printed);
    assertTrue(printed.contains("warning MEDIA_TYPE_UNSUPPORTED: operation Mixed_Send consumes 'multipart/mixed'"), printed);
    assertTrue(printed.contains("(at /paths/~1providers~1Microsoft.Mixed~1a/post/consumes)"), printed);
    assertTrue(printed.contains("armgen: valid: 0 errors, 2 warnings"), "the two warnings are the media type's: " + printed);
  }
}
