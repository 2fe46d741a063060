package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestbooltestservice.v1_0_0.BoolClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-boolean.json} and {@code body-boolean.quirks.json} ({@code dist/test-routes/bool.js}):
 * the plain file declares true and false as constants (sent by the client), the quirks file as
 * plain booleans.
 */
@ExtendWith(TestServerExtension.class)
class BodyBooleanTest {
  private static BoolClient client;
  private static io.armgen.conformance.autorestbooltestservice.v1_0_0_2.BoolClient quirks;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(BoolClient.builder(), server).build();
    quirks = ConformanceClients.configure(io.armgen.conformance.autorestbooltestservice.v1_0_0_2.BoolClient.builder(),
        server).build();
  }

  @Test
  void trueAndFalse() {
    assertEquals(true, client.getTrue());
    client.putTrue();
    assertEquals(false, client.getFalse());
    client.putFalse();
    assertEquals(true, quirks.getTrue());
    quirks.putTrue(true);
    assertEquals(false, quirks.getFalse());
    quirks.putFalse(false);
  }

  @Test
  void nullAndInvalid() {
    assertNull(client.getNull());
    assertNull(quirks.getNull());
    // "true1" is not JSON
    assertReadError(client::getInvalid);
  }
}
