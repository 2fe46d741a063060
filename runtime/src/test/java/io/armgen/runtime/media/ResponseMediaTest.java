package io.armgen.runtime.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.armgen.runtime.arm.ArmClientCore;
import io.armgen.runtime.arm.ArmRequest;
import io.armgen.runtime.arm.MalformedResponseException;
import io.armgen.runtime.arm.ManagementException;
import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Response bodies read as text, bytes, XML, or handed over as a stream. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ResponseMediaTest {
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

  private ArmRequest get() {
    return ArmRequest.builder("GET", "/body").expect(200).build();
  }

  @Test
  void textIsDecodedWithTheResponsesCharset() {
    server.on("GET", "/body", new Reply(200, java.util.Map.of("Content-Type", "text/plain"), "h\u00e9llo", 0));
    assertEquals("h\u00e9llo", core.exchange(get(), TextContent.reader()));
  }

  @Test
  void anEmptyTextBodyIsTheEmptyString() {
    server.on("GET", "/body", Reply.status(200));
    assertEquals("", core.exchange(get(), TextContent.reader()));
  }

  @Test
  void bytesAreReadWhole() {
    server.on("GET", "/body", new Reply(200, java.util.Map.of("Content-Type", "image/png"), "PNG", 0));
    assertArrayEquals("PNG".getBytes(StandardCharsets.US_ASCII), core.exchange(get(), BinaryContent.bytes()));
  }

  @Test
  void xmlIsReadIntoTheRootReader() {
    server.on("GET", "/body", new Reply(200, java.util.Map.of("Content-Type", "application/xml"),
        "<?xml version='1.0'?><a n=\"1\"><b>x</b><b>y</b></a>", 0));
    String read = core.exchange(get(), XmlContent.reader(r -> r.attribute("n") + r.children("b", x -> x.text())));
    assertEquals("1[x, y]", read);
  }

  @Test
  void malformedXmlIsAMalformedResponse() {
    server.on("GET", "/body", new Reply(200, java.util.Map.of("Content-Type", "application/xml"), "<a><b></a>", 0));
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> core.exchange(get(), XmlContent.reader(r -> r.children("b", x -> x.text()))));
    assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
  }

  @Test
  void anErrorStatusIsAManagementExceptionEvenWhenTheBodyWouldBeStreamed() {
    server.on("GET", "/body", Reply.json(400, "{\"error\":{\"code\":\"Bad\",\"message\":\"I failed on purpose\"}}"));
    ManagementException e = assertThrows(ManagementException.class, () -> core.exchange(get(), BinaryContent.stream()));
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains("I failed on purpose"), e.getMessage());
  }

  /**
   * The stream is handed over while the server still holds back the rest of the body: a client
   * that read the body into memory first would wait for the latch and time out.
   */
  @Test
  void aStreamedBodyArrivesBeforeTheServerHasSentItAll() throws Exception {
    CountDownLatch firstPartRead = new CountDownLatch(1);
    HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    slow.createContext("/body", exchange -> {
      try (exchange) {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("first|".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (firstPartRead.await(10, TimeUnit.SECONDS)) {
          out.write("second".getBytes(StandardCharsets.US_ASCII));
        }
      } catch (InterruptedException | IOException e) {
        Thread.currentThread().interrupt();
      }
    });
    slow.start();
    try {
      ArmClientCore client = TestClients.forEndpoint("http://127.0.0.1:" + slow.getAddress().getPort()).build();
      try (InputStream body = client.exchange(get(), BinaryContent.stream())) {
        byte[] first = body.readNBytes(6);
        assertEquals("first|", new String(first, StandardCharsets.US_ASCII));
        firstPartRead.countDown();
        assertEquals("second", new String(body.readAllBytes(), StandardCharsets.US_ASCII));
      }
    } finally {
      slow.stop(0);
    }
  }
}
