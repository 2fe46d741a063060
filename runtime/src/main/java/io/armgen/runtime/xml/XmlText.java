package io.armgen.runtime.xml;

import io.armgen.runtime.format.DurationText;
import io.armgen.runtime.format.Rfc1123DateTime;
import io.armgen.runtime.format.UnixTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Reads the text forms of scalar values in XML elements and attributes (XML Schema's lexical
 * forms, and the date-time formats of {@code io.armgen.runtime.format}). Writing uses the same text
 * forms as parameters: {@code io.armgen.runtime.format} and {@code toString()}.
 */
public final class XmlText {
  private XmlText() {}

  public static Integer parseInteger(String text) {
    return Integer.valueOf(text);
  }

  public static Long parseLong(String text) {
    return Long.valueOf(text);
  }

  public static Float parseFloat(String text) {
    return Float.valueOf(text);
  }

  public static Double parseDouble(String text) {
    return Double.valueOf(text);
  }

  public static BigDecimal parseDecimal(String text) {
    return new BigDecimal(text);
  }

  /** {@code true}, {@code false}, {@code 1} or {@code 0} (xs:boolean); anything else is refused. */
  public static Boolean parseBoolean(String text) {
    switch (text) {
      case "true", "1":
        return Boolean.TRUE;
      case "false", "0":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("not a boolean");
    }
  }

  /** RFC 3339; a time without an offset is read as UTC. */
  public static OffsetDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    }
  }

  /** {@code Wed, 26 Oct 2016 20:39:39 GMT}. */
  public static OffsetDateTime parseRfc1123(String text) {
    return Rfc1123DateTime.parse(text);
  }

  /** Seconds since the epoch. */
  public static OffsetDateTime parseUnixTime(String text) {
    return UnixTime.fromSeconds(Long.parseLong(text));
  }

  public static LocalDate parseDate(String text) {
    return LocalDate.parse(text);
  }

  public static Duration parseDuration(String text) {
    return DurationText.parse(text);
  }

  public static UUID parseUuid(String text) {
    return UUID.fromString(text);
  }

  /** Base64, line breaks allowed. */
  public static byte[] parseBytes(String text) {
    return Base64.getMimeDecoder().decode(text);
  }

  public static byte[] parseBase64Url(String text) {
    return Base64.getUrlDecoder().decode(text);
  }
}
