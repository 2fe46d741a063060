package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XML model with every placement (attribute, element, wrapped and unwrapped list, map, nested
 * model, and a model that is text with an attribute) is read from a document and written back as
 * the same document, and absent values are left out of what is sent. Answered in memory by a
 * pipeline policy; emitted before each test (PIT credits a {@code @BeforeAll} to one test only).
 */
class XmlModelRoundTripTest {
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Shows", "version": "2024-01-01"}, "host": "example.net",
       "paths": {"/show": {
         "get": {"operationId": "Shows_Get", "produces": ["application/xml"],
           "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Show"}}}},
         "put": {"operationId": "Shows_Put", "consumes": ["application/xml"],
           "parameters": [{"name": "show", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Show"}}],
           "responses": {"204": {"description": "ok"}}}}},
       "definitions": {
        "Show": {"type": "object", "xml": {"name": "show"}, "properties": {
          "id": {"type": "string", "xml": {"attribute": true}},
          "title": {"type": "string"},
          "tags": {"type": "array", "xml": {"wrapped": true}, "items": {"type": "string", "xml": {"name": "tag"}}},
          "casts": {"type": "array", "items": {"type": "string", "xml": {"name": "cast"}}},
          "meta": {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}},
          "pilot": {"$ref": "#/definitions/Episode"},
          "note": {"$ref": "#/definitions/Note"}}},
        "Episode": {"type": "object", "properties": {"number": {"type": "integer", "format": "int32"}}},
        "Note": {"type": "object", "properties": {
          "lang": {"type": "string", "xml": {"attribute": true}},
          "text": {"type": "string", "xml": {"x-ms-text": true}}}}}}
      """;
  private static final String FULL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><show id=\"s1\"><title>Pilots</title>"
      + "<tags><tag>x</tag><tag>y</tag></tags><cast>ann</cast><cast>bob</cast><meta><a>1</a><b>2</b></meta>"
      + "<pilot><number>7</number></pilot><note lang=\"en\">hello</note></show>";

  @TempDir
  Path tmp;
  private ClassLoader loader;
  private String clientClass;
  private final List<String> sent = new ArrayList<>();

  @BeforeEach
  void generate() throws Exception {
    Map<String, String> files = InlineSpec.javaSources(InlineSpec.generate(tmp, "shows", SPEC).files());
    clientClass = InlineSpec.className(files, "ShowsClient");
    loader = GeneratedCode.compileOnce(files).loader();
  }

  private Object client(String answer) throws Exception {
    return InlineSpec.client(loader, clientClass, (request, next) -> {
      if (request.body() != null && request.body().length > 0) {
        sent.add(new String(request.body(), StandardCharsets.UTF_8));
      }
      return new HttpResponse(answer == null ? 204 : 200,
          HttpHeaders.of(Map.of("content-type", List.of("application/xml"))),
          answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8));
    });
  }

  private Object roundTrip(String document) throws Exception {
    Object show = client(document).getClass().getMethod("get").invoke(client(document));
    Object put = client(null);
    put.getClass().getMethod("put", show.getClass()).invoke(put, show);
    return show;
  }

  @Test
  void everyPlacementIsReadAndWrittenBackAsTheSameDocument() throws Exception {
    Object show = roundTrip(FULL);
    assertEquals(List.of(FULL), sent);
    assertEquals(List.of("ann", "bob"), show.getClass().getMethod("casts").invoke(show));
    Object note = show.getClass().getMethod("note").invoke(show);
    assertEquals("hello", note.getClass().getMethod("text").invoke(note));
    assertEquals("en", note.getClass().getMethod("lang").invoke(note));
  }

  @Test
  void absentValuesAreLeftOutOfWhatIsSent() throws Exception {
    String bare = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><show><title>Only</title></show>";
    roundTrip(bare);
    assertEquals(List.of(bare), sent);
  }
}
