package io.armgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scalars read from and written to JSON: nothing rounded, clamped or reformatted silently. */
class JsonScalarsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1 | 1", "-2147483648 | -2147483648", "2147483647 | 2147483647",
      "3.0 | 3", "3e2 | 300", "-0 | 0", "\"42\" | 42", "0.0 | 0"})
  void integersReadExactly(String json, int expected) throws IOException {
    assertEquals(expected, Json.parse(json, Json::readInteger));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.9", "-0.5", "2147483648", "-2147483649", "2147483656", "1e10", "1e999",
      "\"1.9\"", "\"x\"", "true", "[1]", "{}", "\"\""})
  void integersThatDoNotFitAreReadErrors(String json) {
    assertThrows(JsonReadException.class, () -> Json.parse(json, Json::readInteger));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"9223372036854775807 | 9223372036854775807",
      "-9223372036854775808 | -9223372036854775808", "1099511627775 | 1099511627775", "4.0 | 4"})
  void longsReadExactly(String json, long expected) throws IOException {
    assertEquals(expected, Json.parse(json, Json::readLong));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775910", "-9223372036854775910", "9223372036854775808", "1.5",
      "1e19", "1e999999999", "\"123jkl\""})
  void longsThatDoNotFitAreReadErrors(String json) {
    assertThrows(JsonReadException.class, () -> Json.parse(json, Json::readLong));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2.5976931e+101 | 2.5976931e101", "2.5976931e-101 | 2.5976931e-101",
      "-99999999.99 | -99999999.99", "0 | 0", "\"1.5\" | 1.5", "1e-999 | 0"})
  void doublesRead(String json, double expected) throws IOException {
    assertEquals(expected, Json.parse(json, Json::readDouble));
  }

  @Test
  void doublesNamedInStringsAreTheIeeeSpecials() throws IOException {
    assertEquals(Double.NaN, Json.parse("\"NaN\"", Json::readDouble));
    assertEquals(Double.NEGATIVE_INFINITY, Json.parse("\"-Infinity\"", Json::readDouble));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999", "-1e999", "\"1e999\"", "\"12abc\"", "false"})
  void doublesOutOfRangeAreReadErrorsNotInfinity(String json) {
    assertThrows(JsonReadException.class, () -> Json.parse(json, Json::readDouble));
  }

  @Test
  void floatsOutOfRangeAreReadErrors() throws IOException {
    assertEquals(3.402823e20f, Json.parse("3.402823e+20", Json::readFloat));
    assertThrows(JsonReadException.class, () -> Json.parse("1e39", Json::readFloat));
  }

  static Stream<Long> randomLongs() {
    Random random = new Random(20261206L);
    return IntStream.range(0, 500).mapToObj(i -> random.nextLong() >> random.nextInt(64));
  }

  @ParameterizedTest
  @MethodSource("randomLongs")
  void everyLongAndEveryIntRoundTrips(long value) throws IOException {
    String json = Long.toString(value);
    assertEquals(value, Json.parse(json, Json::readLong));
    if (value == (int) value) {
      assertEquals((int) value, Json.parse(json, Json::readInteger));
    } else {
      assertThrows(JsonReadException.class, () -> Json.parse(json, Json::readInteger));
    }
    assertEquals(new BigDecimal(value), Json.parse(json, Json::readDecimal));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"2000-12-01t00:00:01z\" | 2000-12-01T00:00:01Z",
      "\"9999-12-31T23:59:59.999-14:00\" | 9999-12-31T23:59:59.999-14:00",
      "\"0001-01-01t00:00:00+14:00\" | 0001-01-01T00:00:00+14:00",
      "\"0001-01-01T00:00:00\" | 0001-01-01T00:00:00Z",
      "\"9999-12-31T23:59:59.9999999Z\" | 9999-12-31T23:59:59.9999999Z"})
  void dateTimesKeepTheirOffset(String json, String expected) throws IOException {
    OffsetDateTime value = Json.parse(json, Json::readDateTime);
    assertEquals(OffsetDateTime.parse(expected), value);
    assertEquals(OffsetDateTime.parse(expected).getOffset(), value.getOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"201O-18-90D00:89:56.9AX\"", "\"0000-00-00T00:00:00.000+00:00\"", "\"date-time\"", "1",
      "\"2021-02-30T00:00:00Z\""})
  void invalidDateTimesAreReadErrors(String json) {
    assertThrows(JsonReadException.class, () -> Json.parse(json, Json::readDateTime));
  }

  @Test
  void rfc1123DateTimesReadAndWriteInGmt() throws IOException {
    assertEquals(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC),
        Json.parse("\"fri, 31 dec 9999 23:59:59 gmt\"", Json::readDateTimeRfc1123));
    assertEquals("\"Mon, 01 Jan 0001 00:00:00 GMT\"", write(g -> Json.writeDateTimeRfc1123(g,
        OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))));
    for (String bad : new String[] {"\"Sat, 1 Jan 10000 00:00:00 GMT\"", "\"Tue, 00 Jan 0000 00:00:00 GMT\"",
        "\"Tue, 01 Dec 2000 00:00:0A ABC\""}) {
      assertThrows(JsonReadException.class, () -> Json.parse(bad, Json::readDateTimeRfc1123), bad);
    }
  }

  @Test
  void datesAndDurations() throws IOException {
    assertEquals(LocalDate.of(9999, 12, 31), Json.parse("\"9999-12-31\"", Json::readDate));
    assertThrows(JsonReadException.class, () -> Json.parse("\"10000000000-12-31\"", Json::readDate));
    assertThrows(JsonReadException.class, () -> Json.parse("\"0000-00-00\"", Json::readDate));
    Duration d = Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011);
    assertEquals(d, Json.parse("\"P123DT22H14M12.011S\"", Json::readDuration));
    assertEquals("\"P123DT22H14M12.011S\"", write(g -> Json.writeDuration(g, d)));
    assertThrows(JsonReadException.class, () -> Json.parse("\"123ABC\"", Json::readDuration));
    assertNull(Json.parse("null", Json::readDuration));
  }

  @Test
  void unixTimeIsANumberOfSeconds() throws IOException {
    OffsetDateTime time = OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC);
    assertEquals(time, Json.parse("1460505600", Json::readUnixTime));
    assertEquals("1460505600", write(g -> Json.writeUnixTime(g, time.withOffsetSameInstant(ZoneOffset.ofHours(2)))));
    assertThrows(JsonReadException.class, () -> Json.parse("1460505600.5", Json::readUnixTime));
    assertThrows(JsonReadException.class, () -> Json.parse("\"2016-04-13T00:00:00Z\"", Json::readUnixTime));
  }

  @Test
  void bytes() throws IOException {
    assertArrayEquals(new byte[0], Json.parse("\"\"", Json::readBytes));
    assertThrows(JsonReadException.class, () -> Json.parse("\"::::SWAGGER::::\"", Json::readBytes));
  }

  private static String write(JsonWritable value) {
    return Json.writeString((g, mode) -> value.toJson(g, mode), JsonWriteMode.FULL);
  }

  private interface Writer {
    void write(JsonWriter g) throws IOException;
  }

  private static String write(Writer writer) {
    return Json.writeString((g, mode) -> writer.write(g), JsonWriteMode.FULL);
  }
}
