package io.armgen.conformance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Expected date-times, in UTC. */
final class Times {
  private Times() {}

  static OffsetDateTime utc(int year, int month, int day, int hour, int minute, int second) {
    return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
  }
}
