package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.runtime.testing.LocalServer;
import io.armgen.runtime.testing.LocalServer.Reply;
import io.armgen.runtime.testing.RawSocketServer;
import io.armgen.runtime.testing.TestClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 §2: no server can make the client read an unbounded body. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BodyLimitTest {
  private static final String PATH = "/subscriptions/sub1/things";

  private static ArmRequest get() {
    return ArmRequest.builder("GET", PATH).query("api-version", "1").expect(200).build();
  }

  @Test
  void atXmx256mAnEndlessErrorBodyAnEndlessBodyAndA200MbPageEndTyped(@TempDir Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolve("probe.txt");
    Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        BodyLimitProbe.class.getName()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      boolean ended = child.waitFor(60, TimeUnit.SECONDS);
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      assertTrue(ended, "the probe did not end in 60 s: " + lines);
      assertEquals(0, child.exitValue(), "probe output: " + lines);
      assertTrue(lines.contains("CASE endless-error ManagementException"), lines.toString());
      assertTrue(lines.contains("CASE endless-success ResponseTooLargeException"), lines.toString());
      assertTrue(lines.contains("CASE huge-page ResponseTooLargeException"), lines.toString());
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void anEndlessErrorBodyIsCutAtItsCapAndTheConnectionClosed() throws Exception {
    AtomicLong written = new AtomicLong();
    try (RawSocketServer server = new RawSocketServer((socket, out) -> {
      out.write("HTTP/1.1 500 X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      byte[] block = ("4000\r\n" + "{".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      try {
        for (int i = 0; i < 100_000; i++) {
          out.write(block);
          written.addAndGet(0x4000);
        }
      } catch (IOException closed) {
        // expected: the client closed the connection
      }
    })) {
      ArmClientCore core = TestClients.forEndpoint(server.url()).retryOptions(io.armgen.runtime.http.RetryOptions.none()).build();
      ManagementException e = assertThrows(ManagementException.class, () -> core.send(get(), null));
      assertEquals(500, e.statusCode());
      assertTrue(e.getMessage().contains("body cut after"), e.getMessage());
      assertTrue(e.rawBody().length() < ErrorResponses.RAW_BODY_CAP + 100, "raw body " + e.rawBody().length());
      Thread.sleep(300);
      long total = written.get();
      Thread.sleep(300);
      assertEquals(total, written.get(), "the server kept writing: the connection was not closed");
      assertTrue(total < 64L << 20, "the server wrote " + total + " bytes before the client closed");
    }
  }

  @Test
  void aSuccessBodyOverTheLimitIsATypedFailureAndNotRetried() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", PATH, Reply.json(200, "{\"name\":\"" + "n".repeat(5_000) + "\"}"));
      ArmClientCore core = TestClients.forEndpoint(server.url()).maxResponseBodySize(1_000).build();
      ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> core.send(get(), p -> p.getText()));
      assertEquals(1_000, e.limit());
      assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
      assertTrue(e.getMessage().contains(e.clientRequestId()), e.getMessage());
      assertEquals(1, server.count("GET", PATH));
    }
  }

  @Test
  void aListPageOverTheLimitIsATypedFailure() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", PATH, Reply.json(200, "{\"value\":[" + "\"item\",".repeat(1_000) + "\"last\"]}"));
      ArmClientCore core = TestClients.forEndpoint(server.url()).maxResponseBodySize(2_000).build();
      PagedIterable<String> list = core.list(get(), "value", "nextLink", p -> p.getText());
      assertThrows(ResponseTooLargeException.class, () -> list.iterator().hasNext());
    }
  }

  @Test
  void bytesAreReadUnderTheSameLimit() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", PATH, Reply.json(200, "b".repeat(900)));
      server.on("GET", PATH + "/big", Reply.json(200, "b".repeat(1_100)));
      ArmClientCore core = TestClients.forEndpoint(server.url()).maxResponseBodySize(1_000).build();
      assertEquals(900, core.sendForBytes(get()).value().length);
      ArmRequest big = ArmRequest.builder("GET", PATH + "/big").query("api-version", "1").expect(200).build();
      assertThrows(ResponseTooLargeException.class, () -> core.sendForBytes(big));
    }
  }

  @Test
  void aBodyWithinTheLimitIsRead() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("GET", PATH, Reply.json(200, "\"" + "n".repeat(900) + "\""));
      ArmClientCore core = TestClients.forEndpoint(server.url()).maxResponseBodySize(1_000).build();
      assertEquals(900, core.send(get(), p -> p.getText()).length());
    }
  }
}
