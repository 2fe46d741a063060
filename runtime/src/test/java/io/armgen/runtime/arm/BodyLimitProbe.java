package io.armgen.runtime.arm;

import io.armgen.runtime.testing.RawSocketServer;
import io.armgen.runtime.testing.TestClients;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Run in a child JVM at {@code -Xmx256m} by {@link BodyLimitTest}: an endless chunked error body,
 * an endless chunked success body and a 200 MB list page, each against the client's default
 * limits. Prints one line per case ({@code CASE <name> <exception class>}) and exits 0; an
 * {@link OutOfMemoryError} exits 3.
 */
public final class BodyLimitProbe {
  private static final long PAGE_BYTES = 200L * 1000 * 1000;

  private BodyLimitProbe() {}

  public static void main(String[] args) throws Exception {
    try {
      run("endless-error", endless(500, "{\"error\":{\"code\":\"Endless\",\"message\":\"", "x"), false);
      run("endless-success", endless(200, "{\"name\":\"", "x"), false);
      run("huge-page", endless(200, "{\"value\":[", "{\"name\":\"item\"},"), true);
    } catch (OutOfMemoryError e) {
      System.out.println("OOM " + e.getMessage());
      System.exit(3);
    }
    System.exit(0);
  }

  private static void run(String name, RawSocketServer.Behaviour behaviour, boolean list) throws Exception {
    try (RawSocketServer server = new RawSocketServer(behaviour)) {
      ArmClientCore core = TestClients.forEndpoint(server.url()).responseTimeout(Duration.ofSeconds(60)).build();
      ArmRequest request = ArmRequest.builder("GET", "/subscriptions/sub1/things").query("api-version", "1").expect(200).build();
      String outcome;
      try {
        if (list) {
          core.list(request, "value", "nextLink", p -> {
            p.skipChildren();
            return "item";
          }).iterator().hasNext();
        } else {
          core.send(request, p -> p.getText());
        }
        outcome = "no-exception";
      } catch (RuntimeException e) {
        outcome = e.getClass().getSimpleName();
      }
      System.out.println("CASE " + name + " " + outcome);
    }
  }

  /**
   * A chunked body: {@code head}, then {@code unit} repeated for up to {@link #PAGE_BYTES} bytes
   * (or until the client closes the connection), never closed properly.
   */
  private static RawSocketServer.Behaviour endless(int status, String head, String unit) {
    return (socket, out) -> {
      out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      chunk(out, head.getBytes(StandardCharsets.UTF_8));
      byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
      byte[] block = new byte[(64 * 1024 / unitBytes.length) * unitBytes.length];
      for (int i = 0; i < block.length; i += unitBytes.length) {
        System.arraycopy(unitBytes, 0, block, i, unitBytes.length);
      }
      try {
        for (long sent = 0; sent < PAGE_BYTES; sent += block.length) {
          chunk(out, block);
        }
        Thread.sleep(60_000);
      } catch (IOException closedByClient) {
        // the point: the client stopped reading
      }
    };
  }

  private static void chunk(OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
