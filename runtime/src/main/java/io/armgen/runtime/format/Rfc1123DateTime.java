package io.armgen.runtime.format;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * RFC 1123 date-times ({@code date-time-rfc1123}), the HTTP date form:
 * {@code Fri, 01 Dec 2006 00:00:00 GMT}, always in GMT with a two-digit day.
 *
 * <p>{@link DateTimeFormatter#RFC_1123_DATE_TIME} writes a one-digit day ({@code Fri, 1 Dec 2006})
 * and an offset such as {@code +0100}; HTTP dates want neither, so writing uses its own pattern.
 */
public final class Rfc1123DateTime {
  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  private static final int MAX_YEAR = 9999;

  private Rfc1123DateTime() {}

  /**
   * Writes {@code value} converted to GMT; a fraction of a second is dropped.
   *
   * @param value the date-time; not null
   * @return the text, such as {@code Fri, 01 Dec 2006 00:00:00 GMT}
   */
  public static String format(OffsetDateTime value) {
    return WRITE.format(value.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /**
   * Reads an RFC 1123 date-time (day names and months in English, any case as servers send it).
   *
   * @param text the text; surrounding whitespace is ignored
   * @return the date-time, in the offset the text gives ({@code GMT} reads as UTC)
   * @throws DateTimeParseException when {@code text} is not one; the year has four digits in RFC
   *     1123, so {@code Sat, 1 Jan 10000 00:00:00 GMT} is not one (the JDK's parser takes it)
   */
  public static OffsetDateTime parse(CharSequence text) {
    String s = normalizeCase(text.toString().trim());
    OffsetDateTime value = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    if (value.getYear() > MAX_YEAR) {
      throw new DateTimeParseException("the year of an RFC 1123 date-time has four digits", s, 0);
    }
    return value;
  }

  /** {@code fri, 01 dec 2006 00:00:00 gmt} -> {@code Fri, 01 Dec 2006 00:00:00 GMT}. */
  private static String normalizeCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
        wordStart = false;
      } else {
        out.append(c);
        wordStart = true;
      }
    }
    String result = out.toString();
    return result.endsWith(" Gmt") ? result.substring(0, result.length() - 3) + "GMT"
        : result.endsWith(" Ut") ? result.substring(0, result.length() - 2) + "UT" : result;
  }
}
