package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.clientwithenum.v1_0_0.ClientWithEnumClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code client-enum.json} ({@code dist/test-routes/client-enum.js}): a required client header of a
 * single-value enum is a constant the client sends ({@code x-ms-enum: single}).
 */
@ExtendWith(TestServerExtension.class)
class ClientEnumTest {
  private static ClientWithEnumClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ClientWithEnumClient.builder(), server).build();
  }

  @Test
  void head() {
    assertTrue(client.head());
  }
}
