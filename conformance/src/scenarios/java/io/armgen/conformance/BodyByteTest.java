package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatbyteservice.v1_0_0.ByteModelClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code body-byte.json} ({@code dist/test-routes/byte.js}): base64 bodies. */
@ExtendWith(TestServerExtension.class)
class BodyByteTest {
  private static final byte[] NON_ASCII = {(byte) 255, (byte) 254, (byte) 253, (byte) 252, (byte) 251, (byte) 250,
      (byte) 249, (byte) 248, (byte) 247, (byte) 246};

  private static ByteModelClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ByteModelClient.builder(), server).build();
  }

  @Test
  void bytes() {
    assertNull(client.getNull());
    assertArrayEquals(new byte[0], client.getEmpty());
    assertArrayEquals(NON_ASCII, client.getNonAscii());
    client.putNonAscii(NON_ASCII);
  }

  @Test
  void notBase64IsAReadError() {
    assertReadError(client::getInvalid);
  }
}
