package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.binarywithcontenttypeapplicationjson.v1_0_0.DownloadClient;
import io.armgen.conformance.binarywithcontenttypeapplicationjson.v1_0_0.UploadClient;
import io.armgen.runtime.arm.ManagementException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-binary.json} ({@code dist/test-routes/binary-files.js}): a {@code format: file}
 * body consumed as JSON goes out as the caller's bytes labelled {@code application/json}; a
 * {@code format: binary} body as {@code application/octet-stream}; an error answer to a binary
 * download is a typed error.
 */
@ExtendWith(TestServerExtension.class)
class BodyBinaryTest {
  private static final WireRecorder WIRE = new WireRecorder();
  private static UploadClient upload;
  private static DownloadClient download;

  @BeforeAll
  static void connect(TestServer server) {
    upload = ConformanceClients.configure(UploadClient.builder(), server).addPolicy(WIRE).build();
    download = ConformanceClients.configure(DownloadClient.builder(), server).build();
  }

  @Test
  void bodyBinaryFile() {
    upload.file("{\"more\":\"cowbell\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals("application/json", WIRE.last().contentType());
  }

  @Test
  void bodyBinaryOctet() {
    upload.binary(new byte[] {0, 1, 2, (byte) 0xff});
    assertEquals("application/octet-stream", WIRE.last().contentType());
  }

  @Test
  void bodyBinaryOctetFromAStream() {
    upload.binary(new ByteArrayInputStream(new byte[] {42}));
    assertEquals("application/octet-stream", WIRE.last().contentType());
  }

  @Test
  void bodyBinaryError() {
    ManagementException e = assertThrows(ManagementException.class, download::errorStream);
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains("I failed on purpose"), e.getMessage());
  }

  @Test
  void bodyBinaryErrorWhenStreamed() {
    ManagementException e = assertThrows(ManagementException.class, download::errorStreamAsStream);
    assertEquals(400, e.statusCode());
  }
}
