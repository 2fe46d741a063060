package io.armgen.runtime.format;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 3339 date-times as services expect them in paths, queries and headers: seconds always
 * present ({@link OffsetDateTime#toString()} drops zero seconds: {@code 2020-01-01T00:00Z}),
 * and the fraction only when there is one.
 */
public final class DateTimeText {
  private DateTimeText() {}

  /** {@code 2020-01-01T00:00:00Z}, {@code 2020-01-01T00:00:00.5+01:00}. */
  public static String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
