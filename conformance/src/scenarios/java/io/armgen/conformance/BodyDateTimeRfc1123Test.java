package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestrfc1123datetimetestservice.v1_0_0.Datetimerfc1123Client;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-datetime-rfc1123.json} ({@code legacy/routes/datetime-rfc1123.js}): RFC 1123
 * date-times as {@code OffsetDateTime}, in any case; a five-digit year, day 00 and garbage are typed
 * read errors.
 */
@ExtendWith(TestServerExtension.class)
class BodyDateTimeRfc1123Test {
  private static final OffsetDateTime MAX = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
  private static final OffsetDateTime MIN = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static Datetimerfc1123Client client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(Datetimerfc1123Client.builder(), server).build();
  }

  @Test
  void nullInvalidOverflowAndUnderflow() {
    assertNull(client.getNull());
    assertReadError(client::getInvalid);
    assertReadError(client::getOverflow);
    assertReadError(client::getUnderflow);
  }

  @Test
  void minAndMax() {
    assertEquals(MAX, client.getUtcLowercaseMaxDateTime());
    assertEquals(MAX, client.getUtcUppercaseMaxDateTime());
    client.putUtcMaxDateTime(MAX);
    assertEquals(MIN, client.getUtcMinDateTime());
    client.putUtcMinDateTime(MIN);
  }
}
