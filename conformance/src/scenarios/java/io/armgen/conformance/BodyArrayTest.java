package io.armgen.conformance;

import static io.armgen.conformance.ReadErrors.assertReadError;
import static io.armgen.conformance.Times.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.armgen.conformance.autorestswaggerbatarrayservice.v1_0_0.ArrayClient;
import io.armgen.conformance.autorestswaggerbatarrayservice.v1_0_0.models.ArrayGetStringEnumValidResponseItem;
import io.armgen.conformance.autorestswaggerbatarrayservice.v1_0_0.models.ArrayPutStringEnumValidArrayBodyItem;
import io.armgen.conformance.autorestswaggerbatarrayservice.v1_0_0.models.FooEnum;
import io.armgen.conformance.autorestswaggerbatarrayservice.v1_0_0.models.Product;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code body-array.json}: arrays of every primitive format, enums, models, arrays and maps as whole
 * bodies (routes: {@code dist/test-routes/array.js}). Items of the wrong type are read errors; null
 * items stay null.
 */
@ExtendWith(TestServerExtension.class)
class BodyArrayTest {
  private static final List<UUID> UUIDS = List.of(UUID.fromString("6dcc7237-45fe-45c4-8a6b-3a8a3f625652"),
      UUID.fromString("d1399005-30f7-40d6-8da6-dd7c89ad34db"), UUID.fromString("f42f6aa1-a5bc-4ddf-907e-5f915de43205"));
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2000, 12, 1), LocalDate.of(1980, 1, 2), LocalDate.of(1492, 10, 12));
  private static final List<byte[]> BYTES = List.of(new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 250},
      new byte[] {1, 2, 3}, new byte[] {37, 41, 67});

  private static ArrayClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ArrayClient.builder(), server).build();
  }

  @Test
  void getArrayNullEmptyAndInvalid() {
    assertNull(client.getNull());
    assertEquals(List.of(), client.getEmpty());
    assertReadError(client::getInvalid);
  }

  @Test
  void putArrayEmpty() {
    client.putEmpty(List.of());
  }

  @Test
  void booleans() {
    assertEquals(List.of(true, false, false, true), client.getBooleanTfft());
    client.putBooleanTfft(List.of(true, false, false, true));
    assertEquals(Arrays.asList(true, null, false), client.getBooleanInvalidNull());
    assertReadError(client::getBooleanInvalidString);
  }

  @Test
  void integers() {
    assertEquals(List.of(1, -1, 3, 300), client.getIntegerValid());
    client.putIntegerValid(List.of(1, -1, 3, 300));
    assertEquals(Arrays.asList(1, null, 0), client.getIntInvalidNull());
    assertReadError(client::getIntInvalidString);
  }

  @Test
  void longs() {
    assertEquals(List.of(1L, -1L, 3L, 300L), client.getLongValid());
    client.putLongValid(List.of(1L, -1L, 3L, 300L));
    assertEquals(Arrays.asList(1L, null, 0L), client.getLongInvalidNull());
    assertReadError(client::getLongInvalidString);
  }

  @Test
  void floats() {
    assertEquals(List.of(0f, -0.01f, -1.2e20f), client.getFloatValid());
    client.putFloatValid(List.of(0f, -0.01f, -1.2e20f));
    assertEquals(Arrays.asList(0f, null, -1.2e20f), client.getFloatInvalidNull());
    assertReadError(client::getFloatInvalidString);
  }

  @Test
  void doubles() {
    assertEquals(List.of(0d, -0.01d, -1.2e20d), client.getDoubleValid());
    client.putDoubleValid(List.of(0d, -0.01d, -1.2e20d));
    assertEquals(Arrays.asList(0d, null, -1.2e20d), client.getDoubleInvalidNull());
    assertReadError(client::getDoubleInvalidString);
  }

  @Test
  void strings() {
    assertEquals(List.of("foo1", "foo2", "foo3"), client.getStringValid());
    client.putStringValid(List.of("foo1", "foo2", "foo3"));
    assertEquals(Arrays.asList("foo", null, "foo2"), client.getStringWithNull());
    // a JSON number where a string is expected is read as its text: nothing is lost
    assertEquals(List.of("foo", "123", "foo2"), client.getStringWithInvalid());
  }

  @Test
  void enums() {
    assertEquals(List.of(FooEnum.FOO1, FooEnum.FOO2, FooEnum.FOO3), client.getEnumValid());
    client.putEnumValid(List.of(FooEnum.FOO1, FooEnum.FOO2, FooEnum.FOO3));
    assertEquals(List.of(ArrayGetStringEnumValidResponseItem.FOO1, ArrayGetStringEnumValidResponseItem.FOO2,
        ArrayGetStringEnumValidResponseItem.FOO3), client.getStringEnumValid());
    client.putStringEnumValid(List.of(ArrayPutStringEnumValidArrayBodyItem.FOO1, ArrayPutStringEnumValidArrayBodyItem.FOO2,
        ArrayPutStringEnumValidArrayBodyItem.FOO3));
  }

  @Test
  void uuids() {
    assertEquals(UUIDS, client.getUuidValid());
    client.putUuidValid(UUIDS);
    assertReadError(client::getUuidInvalidChars);
  }

  @Test
  void dates() {
    assertEquals(DATES, client.getDateValid());
    client.putDateValid(DATES);
    assertEquals(Arrays.asList(LocalDate.of(2012, 1, 1), null, LocalDate.of(1776, 7, 4)), client.getDateInvalidNull());
    assertReadError(client::getDateInvalidChars);
  }

  @Test
  void dateTimes() {
    assertEquals(List.of(utc(2000, 12, 1, 0, 0, 1),
        OffsetDateTime.of(1980, 1, 2, 0, 11, 35, 0, ZoneOffset.ofHours(1)),
        OffsetDateTime.of(1492, 10, 12, 10, 15, 1, 0, ZoneOffset.ofHours(-8))), client.getDateTimeValid());
    client.putDateTimeValid(List.of(utc(2000, 12, 1, 0, 0, 1), utc(1980, 1, 2, 0, 11, 35), utc(1492, 10, 12, 10, 15, 1)));
    assertEquals(Arrays.asList(utc(2000, 12, 1, 0, 0, 1), null), client.getDateTimeInvalidNull());
    assertReadError(client::getDateTimeInvalidChars);
  }

  @Test
  void dateTimesRfc1123() {
    List<OffsetDateTime> values = List.of(utc(2000, 12, 1, 0, 0, 1), utc(1980, 1, 2, 0, 11, 35), utc(1492, 10, 12, 10, 15, 1));
    assertEquals(values, client.getDateTimeRfc1123Valid());
    client.putDateTimeRfc1123Valid(values);
  }

  @Test
  void durations() {
    List<Duration> values = List.of(Duration.ofDays(123).plusHours(22).plusMinutes(14).plusMillis(12_011),
        Duration.ofDays(5).plusHours(1));
    assertEquals(values, client.getDurationValid());
    client.putDurationValid(values);
  }

  @Test
  void bytes() {
    List<byte[]> read = client.getByteValid();
    assertEquals(3, read.size());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(BYTES.get(i), read.get(i));
    }
    client.putByteValid(BYTES);
    List<byte[]> withNull = client.getByteInvalidNull();
    assertArrayEquals(new byte[] {(byte) 171, (byte) 172, (byte) 173}, withNull.get(0));
    assertNull(withNull.get(1));
  }

  @Test
  void base64Url() {
    List<String> texts = client.getBase64Url().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    assertEquals(List.of("a string that gets encoded with base64url", "test string", "Lorem ipsum"), texts);
  }

  private static Product product(int integer, String string) {
    return new Product().withInteger(integer).withString(string);
  }

  @Test
  void models() {
    assertNull(client.getComplexNull());
    assertEquals(List.of(), client.getComplexEmpty());
    assertEquals(Arrays.asList(product(1, "2"), null, product(5, "6")), client.getComplexItemNull());
    assertEquals(List.of(product(1, "2"), new Product(), product(5, "6")), client.getComplexItemEmpty());
    List<Product> valid = List.of(product(1, "2"), product(3, "4"), product(5, "6"));
    assertEquals(valid, client.getComplexValid());
    client.putComplexValid(valid);
  }

  @Test
  void arraysOfArrays() {
    assertNull(client.getArrayNull());
    assertEquals(List.of(), client.getArrayEmpty());
    assertEquals(Arrays.asList(List.of("1", "2", "3"), null, List.of("7", "8", "9")), client.getArrayItemNull());
    assertEquals(List.of(List.of("1", "2", "3"), List.of(), List.of("7", "8", "9")), client.getArrayItemEmpty());
    List<List<String>> valid = List.of(List.of("1", "2", "3"), List.of("4", "5", "6"), List.of("7", "8", "9"));
    assertEquals(valid, client.getArrayValid());
    client.putArrayValid(valid);
  }

  @Test
  void arraysOfMaps() {
    Map<String, String> first = Maps.of("1", "one", "2", "two", "3", "three");
    Map<String, String> last = Maps.of("7", "seven", "8", "eight", "9", "nine");
    assertNull(client.getDictionaryNull());
    assertEquals(List.of(), client.getDictionaryEmpty());
    assertEquals(Arrays.asList(first, null, last), client.getDictionaryItemNull());
    assertEquals(List.of(first, Map.of(), last), client.getDictionaryItemEmpty());
    List<Map<String, String>> valid = List.of(first, Maps.of("4", "four", "5", "five", "6", "six"), last);
    assertEquals(valid, client.getDictionaryValid());
    client.putDictionaryValid(valid);
  }
}
