package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies that are not plain JSON: text, bytes or a stream under a chosen media type, JSON under a
 * media type of its own, URL-encoded and multipart forms, and text, binary and streamed responses;
 * generated inside each test, compiled and run against a loopback server.
 */
class MediaBodiesTest {
  private static final String PACKAGE = "com.example.files.v1_0";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Files", "version": "1.0"}, "host": "localhost", "paths": {
        "/notes": {"put": {"operationId": "Files_PutNote", "consumes": ["text/plain"], "produces": ["text/plain"],
          "parameters": [{"name": "note", "in": "body", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}}}}},
        "/scans": {"post": {"operationId": "Files_Scan", "consumes": ["image/png", "application/pdf"],
          "parameters": [{"name": "scan", "in": "body", "required": true, "schema": {"type": "string", "format": "binary"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/blobs": {"put": {"operationId": "Files_PutBlob", "consumes": ["application/octet-stream"], "produces": ["image/png"],
          "parameters": [{"name": "blob", "in": "body", "required": true, "schema": {"type": "string", "format": "binary"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}},
        "/memos": {"put": {"operationId": "Files_PutMemo", "consumes": ["text/plain"],
          "parameters": [{"name": "memo", "in": "body", "required": true, "schema": {"description": "anything"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/raw": {"put": {"operationId": "Files_PutRaw", "consumes": ["application/octet-stream"],
          "parameters": [{"name": "raw", "in": "body", "required": true, "schema": {"description": "anything"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/avatar": {"post": {"operationId": "Files_PostAvatar", "consumes": ["multipart/form-data"],
          "parameters": [{"name": "image", "in": "formData", "required": true, "type": "file"}],
          "responses": {"204": {"description": "ok"}}}},
        "/stamped": {"put": {"operationId": "Files_PutStamped", "consumes": ["text/plain", "application/json"], "produces": ["text/plain"],
          "parameters": [{"name": "text", "in": "body", "required": true, "schema": {"type": "string"}}],
          "responses": {"200": {"description": "ok", "schema": {"type": "string"}, "headers": {"x-ms-stamp": {"type": "string"}}}}}},
        "/photo": {"get": {"operationId": "Files_GetPhoto", "produces": ["image/png"],
          "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}},
        "/patches": {"patch": {"operationId": "Files_Patch", "consumes": ["application/merge-patch+json"],
          "parameters": [{"name": "patch", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Patch"}}],
          "responses": {"204": {"description": "ok"}}}},
        "/search": {"post": {"operationId": "Files_Search", "consumes": ["application/x-www-form-urlencoded"],
          "parameters": [
            {"name": "q", "in": "formData", "required": true, "type": "string"},
            {"name": "limit", "in": "formData", "type": "integer", "format": "int32"},
            {"name": "since", "in": "formData", "type": "string", "format": "date"}],
          "responses": {"204": {"description": "ok"}}}},
        "/uploads": {"post": {"operationId": "Files_Upload", "consumes": ["multipart/form-data"],
          "parameters": [
            {"name": "files", "in": "formData", "required": true, "type": "array", "items": {"type": "file"}},
            {"name": "label", "in": "formData", "type": "string"}],
          "responses": {"204": {"description": "ok"}}}}},
      "definitions": {"Patch": {"type": "object", "properties": {"title": {"type": "string"}}}}}
      """;

  @TempDir
  Path tmp;

  @Test
  void textIsSentAsTextAndReadAsText() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("PUT /notes", 200, "text/plain; charset=UTF-8", "stored \u00e9");
      Object client = spec.client("FilesClient");
      assertEquals(List.of("[String]"), SpecClient.signatures(client.getClass(), "putNote"));
      assertEquals("stored \u00e9", SpecClient.call(client, "putNote", "# hi"));
      assertEquals("text/plain", spec.last().header("Content-Type"));
      assertEquals("# hi", spec.last().body());
      assertEquals("text/plain", spec.last().header("Accept"));
      assertTrue(spec.source("FilesClient.java").contains("Sends the body as {@code text/plain}."),
          "the Javadoc says which media type the body goes as");
    }
  }

  @Test
  void aBodyOfSeveralMediaTypesGoesUnderTheCallersChoiceAndAnotherTypeIsRefused() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("POST /scans", 204, null, "");
      Object client = spec.client("FilesClient");
      assertEquals(List.of("[InputStream, String]", "[byte[], String]"), SpecClient.signatures(client.getClass(), "scan"));
      client.getClass().getMethod("scan", byte[].class, String.class).invoke(client, new byte[] {7}, "application/pdf");
      assertEquals("application/pdf", spec.last().header("Content-Type"));
      Throwable refused = assertThrows(java.lang.reflect.InvocationTargetException.class,
          () -> client.getClass().getMethod("scan", byte[].class, String.class).invoke(client, new byte[] {7}, "text/plain"))
          .getCause();
      assertTrue(refused instanceof IllegalArgumentException, refused.toString());
      assertTrue(spec.source("FilesClient.java").contains("Sends the body as {@code image/png} or {@code application/pdf}"));
    }
  }

  @Test
  void bytesAndStreamsGoUnderTheOnlyMediaTypeAndTheResponseComesBackAsBytesOrAStream() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("PUT /blobs", 200, "image/png", "PNG!");
      Object client = spec.client("FilesClient");
      assertEquals(List.of("[InputStream]", "[byte[]]"), SpecClient.signatures(client.getClass(), "putBlob"));
      byte[] blob = {1, 2, 3};
      assertArrayEquals("PNG!".getBytes(StandardCharsets.UTF_8),
          (byte[]) client.getClass().getMethod("putBlob", byte[].class).invoke(client, (Object) blob));
      assertEquals("application/octet-stream", spec.last().header("Content-Type"));
      assertEquals("image/png", spec.last().header("Accept"));
      try (InputStream back = (InputStream) client.getClass().getMethod("putBlobAsStream", InputStream.class)
          .invoke(client, new ByteArrayInputStream(blob))) {
        assertArrayEquals("PNG!".getBytes(StandardCharsets.UTF_8), back.readAllBytes());
      }
      assertEquals("\u0001\u0002\u0003", spec.last().body());
      String source = spec.source("FilesClient.java");
      assertTrue(source.contains("<p>Sends the body as {@code application/octet-stream}, read from the stream while the request"
          + " is sent (it is not retried)."), source);
      assertTrue(source.contains("<p>Sends the body as {@code application/octet-stream}. Returns the response body as a stream,"
          + " not read into memory; the caller must close it."), source);
      assertTrue(SpecClient.javadocBefore(source, "public InputStream getPhotoAsStream(").contains(
          "<p>Returns the response body as a stream, not read into memory; the caller must close it."), source);
      assertFalse(SpecClient.javadocBefore(source, "public byte[] getPhoto(").contains("Sends the body"), "it has none");
    }
  }

  @Test
  void jsonUnderItsOwnMediaTypeIsLabelledWithIt() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("PATCH /patches", 204, null, "");
      Object client = spec.client("FilesClient");
      Object patch = spec.type("models.Patch").getConstructor().newInstance();
      SpecClient.call(patch, "withTitle", "t");
      SpecClient.call(client, "patch", patch);
      assertEquals("application/merge-patch+json", spec.last().header("Content-Type"));
      assertEquals("{\"title\":\"t\"}", spec.last().body());
      assertTrue(SpecClient.javadocBefore(spec.source("FilesClient.java"), "public void patch(")
          .contains("<p>Sends the body as {@code application/merge-patch+json}.\n"));
    }
  }

  @Test
  void aUrlEncodedFormSendsEachFieldAsTextAndLeavesNullsOut() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("POST /search", 204, null, "");
      Object client = spec.client("FilesClient");
      SpecClient.call(client, "search", "a b&c", 5, LocalDate.parse("2024-02-03"));
      assertEquals("application/x-www-form-urlencoded", spec.last().header("Content-Type"));
      assertEquals("q=a+b%26c&limit=5&since=2024-02-03", spec.last().body());
      SpecClient.call(client, "search", "x", null, null);
      assertEquals("q=x", spec.last().body());
    }
  }

  @Test
  void aMultipartFormSendsOnePartPerFileOfAnArray() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      spec.answer("POST /uploads", 204, null, "");
      Object client = spec.client("FilesClient");
      SpecClient.call(client, "upload", List.of("one".getBytes(StandardCharsets.UTF_8), "two".getBytes(StandardCharsets.UTF_8)), "L");
      String body = spec.last().body();
      assertTrue(spec.last().header("Content-Type").startsWith("multipart/form-data; boundary="));
      assertEquals(List.of("[List, String]", "[List]"), SpecClient.signatures(client.getClass(), "upload"),
          "a list of files has no stream overload");
      assertEquals(List.of("[InputStream]", "[byte[]]"), SpecClient.signatures(client.getClass(), "postAvatar"),
          "a single file does");
      assertEquals(2, body.split("name=\"files\"; filename=\"files\"", -1).length - 1, body);
      assertTrue(body.contains("\r\n\r\none\r\n") && body.contains("\r\n\r\ntwo\r\n"), body);
      assertTrue(body.contains("name=\"label\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nL\r\n"), body);
    }
  }

  @Test
  void anUntypedBodyIsAStringAsTextAndBytesOrAStreamAsBinary() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      Class<?> client = spec.type("FilesClient");
      assertEquals(List.of("[String]"), SpecClient.signatures(client, "putMemo"));
      assertEquals(List.of("[InputStream]", "[byte[]]"), SpecClient.signatures(client, "putRaw"));
      spec.answer("PUT /memos", 204, null, "");
      SpecClient.call(spec.client("FilesClient"), "putMemo", "m");
      assertEquals("m", spec.last().body());
      assertEquals("text/plain", spec.last().header("Content-Type"));
    }
  }

  @Test
  void responseHeadersOfATextAnswerAreReportedAsUntypedOnceNotPerWayOfSending() throws Throwable {
    try (SpecClient spec = SpecClient.of(tmp, SPEC, PACKAGE)) {
      assertEquals(List.of("[String]"), SpecClient.signatures(spec.type("FilesClient"), "putStampedJson"), "two ways of sending");
      List<String> notes = spec.notes.stream().filter(n -> n.contains("Files_PutStamped")).toList();
      assertEquals(1, notes.size(), notes::toString);
      assertTrue(notes.get(0).contains("declares response headers and answers TEXT; its headers are not typed"), notes::toString);
    }
  }
}
