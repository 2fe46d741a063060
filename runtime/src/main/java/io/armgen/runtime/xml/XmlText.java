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

  /**
   * An int32 in decimal ({@code xs:int}).
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the number
   * @throws NumberFormatException if the text is not a decimal int32
   */
  public static Integer parseInteger(String text) {
    return Integer.valueOf(text);
  }

  /**
   * An int64 in decimal ({@code xs:long}).
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the number
   * @throws NumberFormatException if the text is not a decimal int64
   */
  public static Long parseLong(String text) {
    return Long.valueOf(text);
  }

  /**
   * A float, as {@link Float#valueOf(String)} reads it.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the number
   * @throws NumberFormatException if the text is not a number
   */
  public static Float parseFloat(String text) {
    return Float.valueOf(text);
  }

  /**
   * A double, as {@link Double#valueOf(String)} reads it.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the number
   * @throws NumberFormatException if the text is not a number
   */
  public static Double parseDouble(String text) {
    return Double.valueOf(text);
  }

  /**
   * A decimal number, exactly as written ({@code xs:decimal}).
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the number
   * @throws NumberFormatException if the text is not a number
   */
  public static BigDecimal parseDecimal(String text) {
    return new BigDecimal(text);
  }

  /**
   * {@code true}, {@code false}, {@code 1} or {@code 0} ({@code xs:boolean}); anything else is refused.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the boolean
   * @throws IllegalArgumentException for any other text
   */
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

  /**
   * An RFC 3339 date-time; one without an offset is read as UTC.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the date-time, in the offset the text gives
   * @throws java.time.format.DateTimeParseException if the text is not a date-time
   */
  public static OffsetDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * An RFC 1123 date-time, {@code Wed, 26 Oct 2016 20:39:39 GMT}, as {@link Rfc1123DateTime#parse} reads it.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the date-time in UTC
   * @throws java.time.format.DateTimeParseException if the text is not one
   */
  public static OffsetDateTime parseRfc1123(String text) {
    return Rfc1123DateTime.parse(text);
  }

  /**
   * Unix time: whole seconds since the epoch, in decimal.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the date-time in UTC
   * @throws NumberFormatException if the text is not a decimal int64
   */
  public static OffsetDateTime parseUnixTime(String text) {
    return UnixTime.fromSeconds(Long.parseLong(text));
  }

  /**
   * A date, {@code 2016-10-26}.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the date
   * @throws java.time.format.DateTimeParseException if the text is not one
   */
  public static LocalDate parseDate(String text) {
    return LocalDate.parse(text);
  }

  /**
   * An ISO 8601 duration, as {@link DurationText#parse} reads it.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the duration
   * @throws java.time.format.DateTimeParseException if the text is not one
   */
  public static Duration parseDuration(String text) {
    return DurationText.parse(text);
  }

  /**
   * A UUID in its hyphenated text.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the UUID
   * @throws IllegalArgumentException if the text is not one
   */
  public static UUID parseUuid(String text) {
    return UUID.fromString(text);
  }

  /**
   * Standard base64 ({@code xs:base64Binary}); line breaks and other characters outside the alphabet are ignored.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the decoded bytes
   * @throws IllegalArgumentException if the text is not base64
   */
  public static byte[] parseBytes(String text) {
    return Base64.getMimeDecoder().decode(text);
  }

  /**
   * URL-safe base64, with or without padding.
   *
   * @param text the text, already stripped of surrounding whitespace
   * @return the decoded bytes
   * @throws IllegalArgumentException if the text is not URL-safe base64
   */
  public static byte[] parseBase64Url(String text) {
    return Base64.getUrlDecoder().decode(text);
  }
}
