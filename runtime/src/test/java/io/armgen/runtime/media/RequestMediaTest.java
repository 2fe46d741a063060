package io.armgen.runtime.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.arm.ArmClientCore;
import io.armgen.runtime.arm.ArmRequest;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Recorded;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each media type's request body and Content-Type as they reach a server, and the Accept header. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RequestMediaTest {
  private LocalServer server;
  private ArmClientCore core;

  @BeforeEach
  void start() throws Exception {
    server = new LocalServer();
    core = TestClients.forEndpoint(server.url()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Recorded send(String method, RequestContent content) {
    server.on(method, "/body", Reply.status(200));
    core.send(ArmRequest.builder(method, "/body").content(content).expect(200).build(), null);
    List<Recorded> requests = server.requests();
    return requests.get(requests.size() - 1);
  }

  @Test
  void textIsSentInTheCharsetItsMediaTypeNames() {
    Recorded utf8 = send("POST", TextContent.of("h\u00e9llo", "text/plain; charset=UTF-8"));
    assertEquals("text/plain; charset=UTF-8", utf8.header("content-type"));
    assertEquals("h\u00e9llo", utf8.body());

    Recorded latin1 = send("POST", TextContent.of("h\u00e9", "text/plain; charset=ISO-8859-1"));
    assertEquals("2", latin1.header("content-length"));
  }

  @Test
  void bytesAreSentAsTheyAreWithTheirLength() {
    Recorded sent = send("PUT", BinaryContent.of("hello, world!".getBytes(StandardCharsets.US_ASCII), "application/pdf"));
    assertEquals("application/pdf", sent.header("content-type"));
    assertEquals("13", sent.header("content-length"));
    assertEquals("hello, world!", sent.body());
  }

  @Test
  void aStreamIsSentChunkedAndClosed() {
    boolean[] closed = {false};
    ByteArrayInputStream stream = new ByteArrayInputStream("streamed body".getBytes(StandardCharsets.US_ASCII)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Recorded sent = send("PUT", BinaryContent.of(stream, "application/octet-stream"));
    assertEquals("streamed body", sent.body());
    assertEquals("chunked", sent.header("transfer-encoding"));
    assertTrue(closed[0], "the caller's stream is closed once sent");
  }

  @Test
  void aSingleUseStreamIsNotRetried() {
    server.on("PUT", "/body", Reply.status(503));
    ArmRequest put = ArmRequest.builder("PUT", "/body")
        .content(BinaryContent.of(new ByteArrayInputStream(new byte[] {1, 2, 3}), "application/octet-stream"))
        .expect(200).build();

    assertThrows(ManagementException.class, () -> core.send(put, null));
    assertEquals(1, server.count("PUT", "/body"));
  }

  @Test
  void bytesAreRetriedLikeAnyOtherBody() {
    server.on("PUT", "/body", Reply.status(503), Reply.status(200));
    core.send(ArmRequest.builder("PUT", "/body")
        .content(BinaryContent.of(new byte[] {65}, "application/octet-stream")).expect(200).build(), null);
    assertEquals(2, server.count("PUT", "/body"));
    assertEquals("A", server.requests().get(1).body());
  }

  @Test
  void mergePatchIsJsonUnderItsOwnMediaType() {
    Recorded sent = send("PATCH", JsonContent.of((g, mode) -> {
      g.writeStartObject();
      g.writeFieldName("foo");
      g.writeString("bar");
      g.writeEndObject();
    }, "application/merge-patch+json"));
    assertEquals("application/merge-patch+json", sent.header("content-type"));
    assertEquals("{\"foo\":\"bar\"}", sent.body());
    assertEquals("13", sent.header("content-length"));
  }

  @Test
  void aJsonModelIsValidatedBeforeAnythingIsSent() {
    RequestContent invalid = JsonContent.of(new TestResource(), "application/json");
    // TestResource requires displayName: validation fails before the request leaves
    assertThrows(IllegalArgumentException.class, () -> send("PUT", invalid));
    assertEquals(0, server.count("PUT", "/body"));
  }

  @Test
  void aFormIsUrlEncoded() {
    Recorded sent = send("POST", FormContent.builder()
        .field("pet_type", "dog").field("name", "Fido & co").field("status", null).field("pet_age", 42).build());
    assertEquals("application/x-www-form-urlencoded", sent.header("content-type"));
    assertEquals("pet_type=dog&name=Fido+%26+co&pet_age=42", sent.body());
  }

  @Test
  void aMultipartFormHasOnePartPerFieldAndFile() {
    MultipartFormContent form = MultipartFormContent.builder()
        .file("fileContent", "fileContent", "file bytes".getBytes(StandardCharsets.US_ASCII))
        .field("fileName", "sample.png")
        .field("absent", null)
        .build();
    Recorded sent = send("POST", form);
    String b = form.boundary();
    assertEquals("multipart/form-data; boundary=" + b, sent.header("content-type"));
    assertEquals("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"fileContent\"; filename=\"fileContent\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + "file bytes\r\n"
        + "--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"fileName\"\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
        + "sample.png\r\n"
        + "--" + b + "--\r\n", sent.body());
  }

  @Test
  void aMultipartFileMayBeAStream() {
    MultipartFormContent form = MultipartFormContent.builder()
        .file("f", "a\"b", new ByteArrayInputStream("streamed".getBytes(StandardCharsets.US_ASCII)))
        .build();
    Recorded sent = send("POST", form);
    assertTrue(sent.body().contains("filename=\"a%22b\"\r\nContent-Type: application/octet-stream\r\n\r\nstreamed\r\n--"),
        sent.body());
    assertTrue(sent.body().endsWith("--" + form.boundary() + "--\r\n"));
  }

  @Test
  void acceptIsApplicationJsonUnlessTheOperationProducesOtherTypes() {
    server.on("GET", "/body", Reply.status(200));
    core.send(ArmRequest.builder("GET", "/body").build(), null);
    core.send(ArmRequest.builder("GET", "/body").accept("image/png, application/json").build(), null);
    assertEquals("application/json", server.requests().get(0).header("accept"));
    assertEquals("image/png, application/json", server.requests().get(1).header("accept"));
    assertNull(server.requests().get(0).header("content-type"));
  }

  @Test
  void anOperationsOwnHeaderWinsOverTheMediaTypes() {
    server.on("POST", "/body", Reply.status(200));
    core.send(ArmRequest.builder("POST", "/body").header("Accept", "text/plain").header("Content-Type", "text/csv")
        .content(TextContent.of("a,b", "text/plain")).build(), null);
    Recorded sent = server.requests().get(0);
    assertEquals("text/plain", sent.header("accept"));
    assertEquals("text/csv", sent.header("content-type"));
  }

  @Test
  void aVaryingContentTypeMustBeOneOfTheDeclaredOnes() {
    assertEquals("image/png", ContentTypes.oneOf("IMAGE/PNG", "application/pdf", "image/png"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ContentTypes.oneOf("text/html", "application/pdf", "image/png"));
    assertEquals("Content type 'text/html' is not one of application/pdf, image/png", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ContentTypes.oneOf(null, "application/pdf"));
  }
}
