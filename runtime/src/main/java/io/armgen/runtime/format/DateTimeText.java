package io.armgen.runtime.format;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 date-times ({@code date-time}) as services write and read them: seconds always
 * present ({@link OffsetDateTime#toString()} drops zero seconds: {@code 2020-01-01T00:00Z}),
 * and the fraction only when there is one.
 */
public final class DateTimeText {
  private DateTimeText() {}

  /**
   * Writes {@code value} in its own offset: {@code 2020-01-01T00:00:00Z},
   * {@code 2020-01-01T00:00:00.5+01:00} (only the fraction digits needed, up to nanoseconds).
   *
   * @param value the date-time; not null
   * @return the RFC 3339 text
   */
  public static String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  /**
   * Reads an RFC 3339 date-time, keeping its offset: {@code T} and {@code Z} in either case, and a
   * date-time without an offset (ARM sometimes omits it) read as UTC.
   *
   * @param text the text, without surrounding whitespace
   * @return the date-time, in the offset the text gives (UTC when it gives none)
   * @throws DateTimeParseException when {@code text} is not one, or names no real instant
   *     ({@code 2021-02-30}, month {@code 00})
   */
  public static OffsetDateTime parse(CharSequence text) {
    String s = text.toString();
    OffsetDateTime common = Rfc3339Reader.parseCommon(s);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException withoutOffset) {
        throw e;
      }
    }
  }
}
