package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestdurationtestservice.v1_0_0.DurationClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-duration.json} ({@code legacy/routes/duration.js}): ISO 8601 durations written with
 * days ({@code P123DT22H14M12.011S}); years and months read with fixed lengths (365 and 30 days).
 */
@ExtendWith(TestServerExtension.class)
class BodyDurationTest {
  private static DurationClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(DurationClient.builder(), server).build();
  }

  @Test
  void durations() {
    assertNull(client.getNull());
    // P3Y6M4DT12H30M5S
    assertEquals(Duration.ofDays(3 * 365 + 6 * 30 + 4).plusHours(12).plusMinutes(30).plusSeconds(5),
        client.getPositiveDuration());
    client.putPositiveDuration(Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011));
    assertReadError(client::getInvalid);
  }
}
