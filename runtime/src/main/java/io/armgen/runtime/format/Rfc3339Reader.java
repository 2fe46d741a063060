package io.armgen.runtime.format;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the date-times ARM actually sends ({@code 2021-10-01T12:00:00Z},
 * {@code 2021-10-01T12:00:00.1234567+02:00}) without {@code DateTimeFormatter}, which costs a few
 * microseconds and a few kilobytes of garbage per value, and dominated the time to read a model
 * with {@code systemData} (profiled in {@code benchmarks/jmh} RuntimeJsonBenchmark). Its class
 * loading also cost the first call of a fresh JVM.
 *
 * <p>Only the exact shape {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)} is handled here;
 * anything else (lower-case {@code t}/{@code z}, offsets with seconds, out-of-range fields) returns
 * null so that the caller falls back to {@link OffsetDateTime#parse}, which accepts or rejects it
 * as before. For every string this accepts, the result equals {@code OffsetDateTime.parse}'s.
 */
final class Rfc3339Reader {
  private Rfc3339Reader() {}

  /** The date-time, or null when {@code s} is not in the common shape (or not a valid instant). */
  static OffsetDateTime parseCommon(String s) {
    int length = s.length();
    if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (s.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(s.charAt(at))) {
        nanos = nanos * 10 + (s.charAt(at) - '0');
        at++;
      }
      int fractionDigits = at - start;
      if (fractionDigits == 0 || (at < length && isDigit(s.charAt(at)))) {
        return null;
      }
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(s, at);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Z}, {@code +hh:mm} or {@code -hh:mm} ending the string at {@code at}; else null. */
  private static ZoneOffset offset(String s, int at) {
    int remaining = s.length() - at;
    char first = remaining > 0 ? s.charAt(at) : 0;
    if (first == 'Z') {
      return remaining == 1 ? ZoneOffset.UTC : null;
    }
    if ((first != '+' && first != '-') || remaining != 6 || s.charAt(at + 3) != ':') {
      return null;
    }
    int hours = digits(s, at + 1, 2);
    int minutes = digits(s, at + 4, 2);
    if ((hours | minutes) < 0) {
      return null;
    }
    try {
      return first == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The non-negative number in {@code s[from, from + count)}, or -1 when a character is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
