package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestswaggerbatfileservice.v1_0_0.FilesClient;
import io.armgen.runtime.arm.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-file.json} ({@code legacy/routes/files.js}): {@code type: file} responses as bytes
 * and as streams. The very large file (3000 MiB) is read as a stream, counted and not held; read as
 * bytes it stops at the client's {@code maxResponseBodySize}.
 */
@ExtendWith(TestServerExtension.class)
class BodyFileTest {
  private static final long VERY_LARGE = 3000L * 1024 * 1024;
  private static TestServer server;
  private static FilesClient client;
  private static Path packageDir;

  @BeforeAll
  static void connect(TestServer testServer) {
    server = testServer;
    client = ConformanceClients.configure(FilesClient.builder(), testServer).build();
    // the route sends this file from the installed package: the expected bytes come from there
    packageDir = Path.of(System.getProperty("armgen.testserver.dir", "node_modules/@microsoft.azure/autorest.testserver"));
  }

  @Test
  void fileStreamNonempty() throws IOException {
    byte[] sample = Files.readAllBytes(packageDir.resolve("legacy/routes/sample.png"));
    assertArrayEquals(sample, client.getFile());
  }

  @Test
  void fileStreamNonemptyAsStream() throws IOException {
    byte[] sample = Files.readAllBytes(packageDir.resolve("legacy/routes/sample.png"));
    try (InputStream body = client.getFileAsStream()) {
      assertArrayEquals(sample, body.readAllBytes());
    }
  }

  @Test
  void fileStreamVeryLarge() throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream body = client.getFileLargeAsStream()) {
      for (int n; (n = body.read(buffer)) >= 0; ) {
        total += n;
      }
    }
    assertEquals(VERY_LARGE, total);
  }

  @Test
  void fileStreamVeryLargeAsBytesStopsAtTheClientsLimit() {
    FilesClient limited = ConformanceClients.configure(FilesClient.builder(), server)
        .maxResponseBodySize(1 << 20).build();
    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, limited::getFileLarge);
    assertTrue(e.getMessage().contains("1048576"), e.getMessage());
  }

  @Test
  void fileStreamEmpty() {
    assertEquals(0, client.getEmptyFile().length);
  }
}
