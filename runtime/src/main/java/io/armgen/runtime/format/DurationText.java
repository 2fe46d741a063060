package io.armgen.runtime.format;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 durations as services write them: whole days first ({@code P123DT22H14M12.011S}),
 * where {@link Duration#toString()} counts hours only ({@code PT2974H14M12.011S}).
 *
 * <p>Reading accepts both forms, and also years, months and weeks with ARM's usual fixed
 * lengths (a year of 365 days, a month of 30, a week of 7), since services write {@code P1Y}.
 */
public final class DurationText {
  private static final long SECONDS_PER_DAY = 86_400;

  private DurationText() {}

  /**
   * The text of {@code value}: {@code P[nD][T[nH][nM][n[.fff]S]]}, {@code PT0S} for zero, a
   * leading {@code -} for a negative duration. Fractions of a second keep only the digits needed.
   *
   * @param value the duration; not null
   * @return the ISO 8601 text
   */
  public static String format(Duration value) {
    if (value.isZero()) {
      return "PT0S";
    }
    boolean negative = value.isNegative();
    Duration abs = value.abs();
    long seconds = abs.getSeconds();
    int nanos = abs.getNano();
    long days = seconds / SECONDS_PER_DAY;
    long hours = seconds % SECONDS_PER_DAY / 3600;
    long minutes = seconds % 3600 / 60;
    long secs = seconds % 60;
    StringBuilder out = new StringBuilder(24);
    if (negative) {
      out.append('-');
    }
    out.append('P');
    if (days > 0) {
      out.append(days).append('D');
    }
    if (hours > 0 || minutes > 0 || secs > 0 || nanos > 0) {
      out.append('T');
      if (hours > 0) {
        out.append(hours).append('H');
      }
      if (minutes > 0) {
        out.append(minutes).append('M');
      }
      if (secs > 0 || nanos > 0) {
        out.append(secs);
        if (nanos > 0) {
          String fraction = String.format("%09d", nanos);
          int end = fraction.length();
          while (fraction.charAt(end - 1) == '0') {
            end--;
          }
          out.append('.').append(fraction, 0, end);
        }
        out.append('S');
      }
    }
    return out.toString();
  }

  /**
   * Reads an ISO 8601 duration in any of the forms above.
   *
   * @param text the text
   * @return the duration
   * @throws DateTimeParseException when {@code text} is not one
   * @throws ArithmeticException when calendar parts add up to more than a {@link Duration} holds
   */
  public static Duration parse(CharSequence text) {
    String s = text.toString();
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      Duration withCalendarParts = parseCalendarParts(s);
      if (withCalendarParts == null) {
        throw e;
      }
      return withCalendarParts;
    }
  }

  /** {@code [-]P[nY][nM][nW][nD][T...]}: the date part by fixed lengths, the time part by Duration. */
  private static Duration parseCalendarParts(String s) {
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    if (i >= s.length() || Character.toUpperCase(s.charAt(i)) != 'P') {
      return null;
    }
    i++;
    int t = indexOfIgnoreCase(s, 'T', i);
    String datePart = s.substring(i, t < 0 ? s.length() : t);
    if (datePart.isEmpty() && t < 0) {
      return null;
    }
    long days = 0;
    int start = 0;
    for (int j = 0; j < datePart.length(); j++) {
      char unit = Character.toUpperCase(datePart.charAt(j));
      if (Character.isDigit(unit)) {
        continue;
      }
      if (j == start) {
        return null;
      }
      long n;
      try {
        n = Long.parseLong(datePart.substring(start, j));
      } catch (NumberFormatException e) {
        return null;
      }
      long perUnit = switch (unit) {
        case 'Y' -> 365;
        case 'M' -> 30;
        case 'W' -> 7;
        case 'D' -> 1;
        default -> -1;
      };
      if (perUnit < 0) {
        return null;
      }
      days = Math.addExact(days, Math.multiplyExact(n, perUnit));
      start = j + 1;
    }
    if (start != datePart.length()) {
      return null;
    }
    Duration result = Duration.ofDays(days);
    if (t >= 0) {
      String timePart = s.substring(t);
      if (timePart.length() == 1) {
        return null;
      }
      try {
        result = result.plus(Duration.parse("P" + timePart));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return negative ? result.negated() : result;
  }

  private static int indexOfIgnoreCase(String s, char upper, int from) {
    for (int i = from; i < s.length(); i++) {
      if (Character.toUpperCase(s.charAt(i)) == upper) {
        return i;
      }
    }
    return -1;
  }
}
