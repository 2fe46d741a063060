package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static io.armgen.conformance.Times.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatdictionaryservice.v1_0_0.DictionaryClient;
import io.armgen.conformance.autorestswaggerbatdictionaryservice.v1_0_0.models.Widget;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-dictionary.json}: maps of every primitive format, models, arrays and maps as whole
 * bodies (routes: {@code legacy/routes/dictionary.js}). Values of the wrong type and JSON that does
 * not parse are read errors; null values and the empty key are kept.
 */
@ExtendWith(TestServerExtension.class)
class BodyDictionaryTest {
  private static DictionaryClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(DictionaryClient.builder(), server).build();
  }

  @Test
  void nullEmptyAndInvalid() {
    assertNull(client.getNull());
    assertEquals(Map.of(), client.getEmpty());
    client.putEmpty(Map.of());
    assertReadError(client::getInvalid);
  }

  @Test
  void nullValuesAndOddKeys() {
    assertEquals(Maps.of("key1", null), client.getNullValue());
    // {null : "val1"} is not JSON
    assertReadError(client::getNullKey);
    assertEquals(Map.of("", "val1"), client.getEmptyStringKey());
  }

  @Test
  void booleans() {
    Map<String, Boolean> tfft = Maps.of("0", true, "1", false, "2", false, "3", true);
    assertEquals(tfft, client.getBooleanTfft());
    client.putBooleanTfft(tfft);
    assertEquals(Maps.of("0", true, "1", null, "2", false), client.getBooleanInvalidNull());
    assertReadError(client::getBooleanInvalidString);
  }

  @Test
  void integersAndLongs() {
    Map<String, Integer> ints = Maps.of("0", 1, "1", -1, "2", 3, "3", 300);
    assertEquals(ints, client.getIntegerValid());
    client.putIntegerValid(ints);
    assertEquals(Maps.of("0", 1, "1", null, "2", 0), client.getIntInvalidNull());
    assertReadError(client::getIntInvalidString);
    Map<String, Long> longs = Maps.of("0", 1L, "1", -1L, "2", 3L, "3", 300L);
    assertEquals(longs, client.getLongValid());
    client.putLongValid(longs);
    assertEquals(Maps.of("0", 1L, "1", null, "2", 0L), client.getLongInvalidNull());
    assertReadError(client::getLongInvalidString);
  }

  @Test
  void floatsAndDoubles() {
    Map<String, Float> floats = Maps.of("0", 0f, "1", -0.01f, "2", -1.2e20f);
    assertEquals(floats, client.getFloatValid());
    client.putFloatValid(floats);
    assertEquals(Maps.of("0", 0f, "1", null, "2", -1.2e20f), client.getFloatInvalidNull());
    assertReadError(client::getFloatInvalidString);
    Map<String, Double> doubles = Maps.of("0", 0d, "1", -0.01d, "2", -1.2e20d);
    assertEquals(doubles, client.getDoubleValid());
    client.putDoubleValid(doubles);
    assertEquals(Maps.of("0", 0d, "1", null, "2", -1.2e20d), client.getDoubleInvalidNull());
    assertReadError(client::getDoubleInvalidString);
  }

  @Test
  void strings() {
    Map<String, String> valid = Maps.of("0", "foo1", "1", "foo2", "2", "foo3");
    assertEquals(valid, client.getStringValid());
    client.putStringValid(valid);
    assertEquals(Maps.of("0", "foo", "1", null, "2", "foo2"), client.getStringWithNull());
    // a JSON number where a string is expected is read as its text: nothing is lost
    assertEquals(Maps.of("0", "foo", "1", "123", "2", "foo2"), client.getStringWithInvalid());
  }

  @Test
  void dates() {
    Map<String, LocalDate> valid =
        Maps.of("0", LocalDate.of(2000, 12, 1), "1", LocalDate.of(1980, 1, 2), "2", LocalDate.of(1492, 10, 12));
    assertEquals(valid, client.getDateValid());
    client.putDateValid(valid);
    assertEquals(Maps.of("0", LocalDate.of(2012, 1, 1), "1", null, "2", LocalDate.of(1776, 7, 4)),
        client.getDateInvalidNull());
    assertReadError(client::getDateInvalidChars);
  }

  @Test
  void dateTimes() {
    assertEquals(Maps.of("0", utc(2000, 12, 1, 0, 0, 1),
        "1", OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.ofHours(1)),
        "2", OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.ofHours(-8))), client.getDateTimeValid());
    client.putDateTimeValid(Maps.of("0", utc(2000, 12, 1, 0, 0, 1), "1", utc(1980, 1, 1, 23, 11, 35),
        "2", utc(1492, 10, 12, 18, 15, 1)));
    assertEquals(Maps.of("0", utc(2000, 12, 1, 0, 0, 1), "1", null), client.getDateTimeInvalidNull());
    assertReadError(client::getDateTimeInvalidChars);
  }

  @Test
  void dateTimesRfc1123() {
    Map<String, OffsetDateTime> valid = Maps.of("0", utc(2000, 12, 1, 0, 0, 1), "1", utc(1980, 1, 2, 0, 11, 35),
        "2", utc(1492, 10, 12, 10, 15, 1));
    assertEquals(valid, client.getDateTimeRfc1123Valid());
    client.putDateTimeRfc1123Valid(valid);
  }

  @Test
  void durations() {
    Map<String, Duration> valid = Maps.of("0", Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011),
        "1", Duration.ofDays(5).plusHours(1));
    assertEquals(valid, client.getDurationValid());
    client.putDurationValid(valid);
  }

  @Test
  void bytes() {
    byte[][] expected = {{(byte) 255, (byte) 255, (byte) 255, (byte) 250}, {1, 2, 3}, {37, 41, 67}};
    Map<String, byte[]> read = client.getByteValid();
    assertEquals(List.of("0", "1", "2"), List.copyOf(read.keySet()));
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], read.get(String.valueOf(i)));
    }
    client.putByteValid(Maps.of("0", expected[0], "1", expected[1], "2", expected[2]));
    Map<String, byte[]> withNull = client.getByteInvalidNull();
    assertArrayEquals(new byte[] {(byte) 171, (byte) 172, (byte) 173}, withNull.get("0"));
    assertNull(withNull.get("1"));
    assertEquals(2, withNull.size());
  }

  @Test
  void base64Url() {
    Map<String, byte[]> read = client.getBase64Url();
    assertEquals("a string that gets encoded with base64url", new String(read.get("0"), StandardCharsets.UTF_8));
    assertEquals("test string", new String(read.get("1"), StandardCharsets.UTF_8));
    assertEquals("Lorem ipsum", new String(read.get("2"), StandardCharsets.UTF_8));
  }

  private static Widget widget(int integer, String string) {
    return new Widget().withInteger(integer).withString(string);
  }

  @Test
  void models() {
    assertNull(client.getComplexNull());
    assertEquals(Map.of(), client.getComplexEmpty());
    assertEquals(Maps.of("0", widget(1, "2"), "1", null, "2", widget(5, "6")), client.getComplexItemNull());
    assertEquals(Maps.of("0", widget(1, "2"), "1", new Widget(), "2", widget(5, "6")), client.getComplexItemEmpty());
    Map<String, Widget> valid = Maps.of("0", widget(1, "2"), "1", widget(3, "4"), "2", widget(5, "6"));
    assertEquals(valid, client.getComplexValid());
    client.putComplexValid(valid);
  }

  @Test
  void mapsOfArrays() {
    assertNull(client.getArrayNull());
    assertEquals(Map.of(), client.getArrayEmpty());
    assertEquals(Maps.of("0", List.of("1", "2", "3"), "1", null, "2", List.of("7", "8", "9")), client.getArrayItemNull());
    assertEquals(Maps.of("0", List.of("1", "2", "3"), "1", List.of(), "2", List.of("7", "8", "9")),
        client.getArrayItemEmpty());
    Map<String, List<String>> valid =
        Maps.of("0", List.of("1", "2", "3"), "1", List.of("4", "5", "6"), "2", List.of("7", "8", "9"));
    assertEquals(valid, client.getArrayValid());
    client.putArrayValid(valid);
  }

  @Test
  void mapsOfMaps() {
    Map<String, String> first = Maps.of("1", "one", "2", "two", "3", "three");
    Map<String, String> last = Maps.of("7", "seven", "8", "eight", "9", "nine");
    assertNull(client.getDictionaryNull());
    assertEquals(Map.of(), client.getDictionaryEmpty());
    assertEquals(Maps.of("0", first, "1", null, "2", last), client.getDictionaryItemNull());
    assertEquals(Maps.of("0", first, "1", Map.of(), "2", last), client.getDictionaryItemEmpty());
    Map<String, Map<String, String>> valid = Maps.of("0", first, "1", Maps.of("4", "four", "5", "five", "6", "six"), "2", last);
    assertEquals(valid, client.getDictionaryValid());
    client.putDictionaryValid(valid);
  }
}
