package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.conformance.autorestswaggerbatfileservice.v1_0_0.FilesClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-file.json} ({@code legacy/routes/files.js}): {@code type: file} responses as bytes
 * and as streams. The very large file (3000 MiB) is only ever read as a stream: it is counted, not
 * held.
 */
@ExtendWith(TestServerExtension.class)
class BodyFileTest {
  private static final long VERY_LARGE = 3000L * 1024 * 1024;
  private static FilesClient client;
  private static Path packageDir;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(FilesClient.builder(), server).build();
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
  void fileStreamEmpty() {
    assertEquals(0, client.getEmptyFile().length);
  }
}
