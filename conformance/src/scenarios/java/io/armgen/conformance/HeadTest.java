package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.conformance.autorestheadtestservice.v1_0_0.HttpSuccessClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code head.json}: HEAD answers whether the resource exists (2xx true, 404 false). */
@ExtendWith(TestServerExtension.class)
class HeadTest {
  private static HttpSuccessClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(HttpSuccessClient.builder(), server).build();
  }

  @Test
  void head200() {
    assertTrue(client.head200());
  }

  @Test
  void head204() {
    assertTrue(client.head204());
  }

  @Test
  void head404() {
    assertFalse(client.head404());
  }
}
