package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestdatetestservice.v1_0_0.DateClient;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code body-date.json} ({@code legacy/routes/date.js}): dates, and invalid ones as typed read errors. */
@ExtendWith(TestServerExtension.class)
class BodyDateTest {
  private static DateClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(DateClient.builder(), server).build();
  }

  @Test
  void minAndMax() {
    assertEquals(LocalDate.of(9999, 12, 31), client.getMaxDate());
    client.putMaxDate(LocalDate.of(9999, 12, 31));
    assertEquals(LocalDate.of(1, 1, 1), client.getMinDate());
    client.putMinDate(LocalDate.of(1, 1, 1));
  }

  @Test
  void nullInvalidOverflowAndUnderflow() {
    assertNull(client.getNull());
    assertReadError(client::getInvalidDate);
    // "10000000000-12-31" and "0000-00-00"
    assertReadError(client::getOverflowDate);
    assertReadError(client::getUnderflowDate);
  }
}
