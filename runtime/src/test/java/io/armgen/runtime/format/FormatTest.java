package io.armgen.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire text of durations, RFC 1123 and RFC 3339 date-times, and Unix time. */
class FormatTest {
  @ParameterizedTest
  @CsvSource({
      "P123DT22H14M12.011S, 123, 22, 14, 12, 11000000",
      "PT0S, 0, 0, 0, 0, 0",
      "P1D, 1, 0, 0, 0, 0",
      "PT1H, 0, 1, 0, 0, 0",
      "PT0.000000001S, 0, 0, 0, 0, 1",
      "P10675199DT2H48M5.477580700S, 10675199, 2, 48, 5, 477580700",
  })
  void durationsAreWrittenWithDays(String expected, long days, long hours, long minutes, long seconds, long nanos) {
    Duration value = Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos);
    String trimmed = expected.contains(".") ? expected.replaceAll("0+S$", "S") : expected;
    assertEquals(trimmed, DurationText.format(value));
    assertEquals(value, DurationText.parse(trimmed));
  }

  @ParameterizedTest
  @CsvSource({
      "-P1DT2H, -93600",
      "-PT0.5S, -0.5",
  })
  void negativeDurationsHaveALeadingMinus(String text, String seconds) {
    Duration value = Duration.ofNanos(new java.math.BigDecimal(seconds).movePointRight(9).longValueExact());
    assertEquals(text, DurationText.format(value));
    assertEquals(value, DurationText.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
      "PT2974H14M12.011S, P123DT22H14M12.011S",
      "P1Y, P365D",
      "P1M, P30D",
      "P2W, P14D",
      "P1YT1H, P365DT1H",
      "p1dt1h, P1DT1H",
  })
  void durationsAreReadInEveryUsualForm(String text, String same) {
    assertEquals(Duration.parse(same), DurationText.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "PT", "1D", "P1X", "PDT1H", "P1Y2", "P1YT"})
  void notADurationIsAParseError(String text) {
    assertThrows(DateTimeParseException.class, () -> DurationText.parse(text));
  }

  static Stream<Duration> randomDurations() {
    Random random = new Random(20261205L);
    return IntStream.range(0, 2000).mapToObj(i -> {
      long seconds = random.nextInt(4) == 0 ? random.nextInt(100) : random.nextLong() % 100_000_000_000L;
      int nanos = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000);
      return Duration.ofSeconds(seconds, nanos);
    });
  }

  @ParameterizedTest
  @MethodSource("randomDurations")
  void everyDurationSurvivesTheRoundTripThroughTheJdkReader(Duration value) {
    String text = DurationText.format(value);
    assertEquals(value, Duration.parse(text), text);
    assertEquals(value, DurationText.parse(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fri, 01 Dec 2006 00:00:00 GMT | 2006-12-01T00:00:00Z",
      "Mon, 01 Jan 0001 00:00:00 GMT | 0001-01-01T00:00:00Z",
      "Fri, 31 Dec 9999 23:59:59 GMT | 9999-12-31T23:59:59Z",
      "Fri, 01 Dec 2006 00:00:00 GMT | 2006-12-01T01:00:00.999+01:00",
  })
  void rfc1123IsWrittenInGmtWithTwoDigitDays(String expected, String value) {
    assertEquals(expected, Rfc1123DateTime.format(OffsetDateTime.parse(value)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Fri, 01 Dec 2006 00:00:00 GMT | 2006-12-01T00:00:00Z",
      "fri, 31 dec 9999 23:59:59 gmt | 9999-12-31T23:59:59Z",
      "FRI, 31 DEC 9999 23:59:59 GMT | 9999-12-31T23:59:59Z",
      "Mon, 01 Jan 0001 00:00:00 GMT | 0001-01-01T00:00:00Z",
      "Fri, 1 Dec 2006 00:00:00 GMT | 2006-12-01T00:00:00Z",
  })
  void rfc1123IsReadInAnyCase(String text, String value) {
    assertEquals(OffsetDateTime.parse(value), Rfc1123DateTime.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Tue, 01 Dec 2006 00:00:00 GMT", "2006-12-01T00:00:00Z", "Fri, 32 Dec 2006 00:00:00 GMT"})
  void notAnRfc1123DateIsAParseError(String text) {
    assertThrows(DateTimeParseException.class, () -> Rfc1123DateTime.parse(text));
  }

  @ParameterizedTest
  @CsvSource({
      "2020-01-01T00:00Z, 2020-01-01T00:00:00Z",
      "2020-01-01T00:00:00.5+01:00, 2020-01-01T00:00:00.5+01:00",
      "9999-12-31T23:59:59.999Z, 9999-12-31T23:59:59.999Z",
  })
  void dateTimesAlwaysHaveSeconds(String value, String expected) {
    assertEquals(expected, DateTimeText.format(OffsetDateTime.parse(value)));
  }

  @ParameterizedTest
  @CsvSource({
      "1460505600, 2016-04-13T00:00:00Z",
      "0, 1970-01-01T00:00:00Z",
      "-1, 1969-12-31T23:59:59Z",
  })
  void unixTimeIsWholeSecondsInUtc(long seconds, String value) {
    OffsetDateTime time = OffsetDateTime.parse(value);
    assertEquals(seconds, UnixTime.toSeconds(time));
    assertEquals(time, UnixTime.fromSeconds(seconds));
    assertEquals(seconds, UnixTime.toSeconds(time.withOffsetSameInstant(ZoneOffset.ofHours(5))));
  }
}
