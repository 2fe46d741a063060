package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestintegertestservice.v1_0_0.IntClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-integer.json} ({@code legacy/routes/int.js}): int32 and int64 bounds, values past them
 * as typed read errors (never wrapped or clamped), and Unix time as a date-time.
 */
@ExtendWith(TestServerExtension.class)
class BodyIntegerTest {
  private static IntClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(IntClient.builder(), server).build();
  }

  @Test
  void nullAndInvalid() {
    assertNull(client.getNull());
    assertReadError(client::getInvalid);
  }

  @Test
  void valuesPastTheTypeAreReadErrors() {
    assertReadError(client::getOverflowInt32);
    assertReadError(client::getUnderflowInt32);
    assertReadError(client::getOverflowInt64);
    assertReadError(client::getUnderflowInt64);
  }

  @Test
  void bounds() {
    client.putMax32(Integer.MAX_VALUE);
    client.putMin32(Integer.MIN_VALUE);
    client.putMax64(Long.MAX_VALUE);
    client.putMin64(Long.MIN_VALUE);
  }

  @Test
  void unixTime() {
    OffsetDateTime time = OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(time, client.getUnixTime());
    client.putUnixTimeDate(time);
    assertNull(client.getNullUnixTime());
    assertReadError(client::getInvalidUnixTime);
  }
}
