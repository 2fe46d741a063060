package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestdatetimetestservice.v1_0_0.DatetimeClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-datetime.json} ({@code legacy/routes/datetime.js}): RFC 3339 date-times in UTC, with
 * offsets (kept), without one (read as UTC), with lower-case {@code t}/{@code z}; invalid ones as
 * typed read errors. The server's "overflow" value, {@code 9999-12-31T23:59:59.999-14:00}, is a
 * valid date-time that Java represents: it is read, not refused.
 */
@ExtendWith(TestServerExtension.class)
class BodyDateTimeTest {
  private static final OffsetDateTime MAX_UTC = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.UTC);
  private static final OffsetDateTime MIN_UTC = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static DatetimeClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(DatetimeClient.builder(), server).build();
  }

  private static OffsetDateTime max(int offsetHours) {
    return OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.ofHours(offsetHours));
  }

  @Test
  void nullInvalidOverflowAndUnderflow() {
    assertNull(client.getNull());
    assertReadError(client::getInvalid);
    assertEquals(max(-14), client.getOverflow());
    assertReadError(client::getUnderflow);
  }

  @Test
  void maxInAnyCase() {
    assertEquals(MAX_UTC, client.getUtcLowercaseMaxDateTime());
    assertEquals(MAX_UTC, client.getUtcUppercaseMaxDateTime());
    assertEquals(max(14), client.getLocalPositiveOffsetLowercaseMaxDateTime());
    assertEquals(max(14), client.getLocalPositiveOffsetUppercaseMaxDateTime());
    assertEquals(max(-14), client.getLocalNegativeOffsetLowercaseMaxDateTime());
    assertEquals(max(-14), client.getLocalNegativeOffsetUppercaseMaxDateTime());
    client.putUtcMaxDateTime(MAX_UTC);
  }

  @Test
  void min() {
    assertEquals(MIN_UTC, client.getUtcMinDateTime());
    client.putUtcMinDateTime(MIN_UTC);
    OffsetDateTime plus14 = client.getLocalPositiveOffsetMinDateTime();
    assertEquals(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)), plus14);
    assertEquals(ZoneOffset.ofHours(14), plus14.getOffset());
    assertEquals(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-14)), client.getLocalNegativeOffsetMinDateTime());
    assertEquals(MIN_UTC, client.getLocalNoOffsetMinDateTime());
  }

  @Test
  void optionalScenariosWithOffsetsAndSevenDigits() {
    client.putUtcMaxDateTime7Digits(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900, ZoneOffset.UTC));
    assertEquals(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900, ZoneOffset.UTC),
        client.getUtcUppercaseMaxDateTime7Digits());
    client.putLocalPositiveOffsetMaxDateTime(max(14));
    client.putLocalNegativeOffsetMaxDateTime(max(-14));
    client.putLocalPositiveOffsetMinDateTime(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)));
    client.putLocalNegativeOffsetMinDateTime(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-14)));
  }
}
