package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestswaggerbatformdataservice.v1_0_0.FormdataClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-formdata.json}: a file and a text field as {@code multipart/form-data}
 * ({@code legacy/routes/formData.js} pipes the file part back), and a file as the whole body
 * ({@code dist/test-routes/formdata.js} answers with the bytes it received). Both routes are in
 * the server's "optional" category, outside the vanilla and azure reports.
 */
@ExtendWith(TestServerExtension.class)
class BodyFormDataTest {
  private static final byte[] FILE = "Test file content\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
  private static final WireRecorder WIRE = new WireRecorder();
  private static FormdataClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(FormdataClient.builder(), server).addPolicy(WIRE).build();
  }

  @Test
  void formdataStreamUploadFile() {
    assertArrayEquals(FILE, client.uploadFile(FILE, "UploadFile.txt"));
    assertTrue(WIRE.last().contentType().startsWith("multipart/form-data; boundary="), WIRE.last().contentType());
    assertEquals("application/octet-stream, application/json", WIRE.last().accept());
  }

  @Test
  void formdataStreamUploadFileFromAStreamReadAsAStream() throws IOException {
    try (InputStream echoed = client.uploadFileAsStream(new ByteArrayInputStream(FILE), "UploadFile.txt")) {
      assertArrayEquals(FILE, echoed.readAllBytes());
    }
  }

  @Test
  void streamUploadFile() {
    byte[] text = "Test file content".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(text, client.uploadFileViaBody(text));
    assertEquals("application/octet-stream", WIRE.last().contentType());
  }
}
