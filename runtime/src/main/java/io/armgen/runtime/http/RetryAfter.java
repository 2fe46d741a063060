package io.armgen.runtime.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads how long a server asks the client to wait: {@code retry-after-ms},
 * {@code x-ms-retry-after-ms} (milliseconds) or {@code Retry-After} (seconds or an HTTP-date).
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * The delay the headers ask for. The millisecond headers win over {@code Retry-After}; a
   * negative number is ignored, and a date in the past is a zero delay.
   *
   * @param headers the response's headers
   * @param now the current time, against which an HTTP-date is measured
   * @return the delay, or null when the headers ask for none (or it cannot be read)
   */
  public static Duration from(HttpHeaders headers, Instant now) {
    Duration ms = millis(headers.first("retry-after-ms"));
    if (ms == null) {
      ms = millis(headers.first("x-ms-retry-after-ms"));
    }
    if (ms != null) {
      return ms;
    }
    String value = headers.first("retry-after");
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration until = Duration.between(now, at);
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static Duration millis(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long ms = Long.parseLong(value.trim());
      return ms < 0 ? null : Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
