package io.armgen.runtime.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Unix time ({@code format: unixtime}): whole seconds since 1970-01-01T00:00:00Z, read as UTC. */
public final class UnixTime {
  private UnixTime() {}

  /**
   * Seconds since the epoch; a fraction of a second is dropped (rounded toward the past).
   *
   * @param value the date-time, in any offset; not null
   * @return whole seconds since 1970-01-01T00:00:00Z, negative before it
   */
  public static long toSeconds(OffsetDateTime value) {
    return value.toEpochSecond();
  }

  /**
   * The UTC date-time {@code seconds} after the epoch.
   *
   * @param seconds seconds since 1970-01-01T00:00:00Z, negative before it
   * @return the date-time in UTC
   * @throws java.time.DateTimeException when {@code seconds} is beyond the range of {@link OffsetDateTime}
   */
  public static OffsetDateTime fromSeconds(long seconds) {
    return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
  }
}
