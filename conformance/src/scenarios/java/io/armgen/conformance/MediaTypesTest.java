package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.mediatypes.v2_0_preview.MediaTypesClient;
import io.armgen.conformance.mediatypes.v2_0_preview.models.SourcePath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code media_types.json}: one operation consuming several media types. A model body goes as
 * JSON or, through the {@code ...Binary} methods, as bytes under the binary type the caller picks;
 * a binary body goes as bytes under any consumed type; text goes as {@code text/plain}. The routes
 * ({@code legacy/routes/mediatypes.js}, {@code dist/test-routes/media-types.js}) tell the
 * content types apart by the header, and some accept any of several, so the header and body sent
 * are asserted too.
 */
@ExtendWith(TestServerExtension.class)
class MediaTypesTest {
  private static final WireRecorder WIRE = new WireRecorder();
  private static MediaTypesClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(MediaTypesClient.builder(), server).addPolicy(WIRE).build();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void mediaTypeJson() {
    assertEquals("Nice job with JSON", client.analyzeBody(new SourcePath().withSource("https://example.com/a.pdf")));
    assertEquals("application/json", WIRE.last().contentType());
    assertEquals("{\"source\":\"https://example.com/a.pdf\"}", WIRE.last().bodyText());
  }

  @Test
  void mediaTypePdf() {
    assertEquals("Nice job with PDF", client.analyzeBodyBinary(utf8("PDF"), "application/pdf"));
    assertEquals("application/pdf", WIRE.last().contentType());
  }

  @Test
  void aContentTypeTheOperationDoesNotConsumeIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client.analyzeBodyBinary(utf8("PDF"), "text/html"));
    assertEquals("Content type 'text/html' is not one of application/pdf, image/jpeg, image/png, image/tiff", e.getMessage());
  }

  @Test
  void mediaTypeWithEncoding() {
    assertEquals("Nice job sending content type with encoding", client.contentTypeWithEncoding("input"));
    assertEquals("text/plain; charset=UTF-8", WIRE.last().contentType());
  }

  @Test
  void mediaTypesAnalyzeBodyNoAcceptHeaderJson() {
    client.analyzeBodyNoAcceptHeader(new SourcePath().withSource("s"));
    assertEquals("application/json", WIRE.last().contentType());
  }

  @Test
  void mediaTypesAnalyzeBodyNoAcceptHeaderPdf() {
    client.analyzeBodyNoAcceptHeaderBinary(utf8("PDF"), "application/pdf");
    assertEquals("application/pdf", WIRE.last().contentType());
  }

  @Test
  void mediaTypesTwoContentTypesJson() {
    assertEquals("", client.binaryBodyWithTwoContentTypes(utf8("{\"hello\":\"world\"}"), "application/json"));
    assertEquals("application/json", WIRE.last().contentType());
    assertEquals("text/plain", WIRE.last().accept());
  }

  @Test
  void mediaTypesTwoContentTypesOctetStream() {
    assertEquals("", client.binaryBodyWithTwoContentTypes(utf8("hello, world!"), "application/octet-stream"));
    assertEquals("application/octet-stream", WIRE.last().contentType());
    assertEquals("hello, world!", WIRE.last().bodyText());
  }

  @Test
  void mediaTypesThreeContentTypesJson() {
    client.binaryBodyWithThreeContentTypes(utf8("{\"hello\":\"world\"}"), "application/json");
    assertEquals("application/json", WIRE.last().contentType());
  }

  @Test
  void mediaTypesThreeContentTypesOctetStreamFromAStream() {
    client.binaryBodyWithThreeContentTypes(new ByteArrayInputStream(utf8("hello, world!")), "application/octet-stream");
    assertEquals("application/octet-stream", WIRE.last().contentType());
    assertNull(WIRE.last().body(), "a stream is sent as read, never held as bytes");
  }

  @Test
  void mediaTypesThreeContentTypesText() {
    client.binaryBodyWithThreeContentTypes(utf8("hello, world"), "text/plain");
    assertEquals("text/plain", WIRE.last().contentType());
    assertEquals("hello, world", WIRE.last().bodyText());
  }

  @Test
  void mediaTypesThreeBodyTypesJson() {
    client.bodyThreeTypes(Map.of("hello", "world"));
    assertEquals("application/json", WIRE.last().contentType());
    assertEquals("{\"hello\":\"world\"}", WIRE.last().bodyText());
  }

  @Test
  void mediaTypesThreeBodyTypesBinary() {
    client.bodyThreeTypesBinary(utf8("hello, world!"));
    assertEquals("application/octet-stream", WIRE.last().contentType());
  }

  @Test
  void mediaTypesThreeBodyTypesText() {
    client.bodyThreeTypesText("hello, world");
    assertEquals("text/plain", WIRE.last().contentType());
    assertEquals("hello, world", WIRE.last().bodyText());
  }
}
