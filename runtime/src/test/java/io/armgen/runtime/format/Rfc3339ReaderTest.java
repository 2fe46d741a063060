package io.armgen.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast date-time path must agree with {@code OffsetDateTime.parse} wherever it answers. */
class Rfc3339ReaderTest {

  @Test
  void randomCommonShapesParseExactlyLikeOffsetDateTime() {
    Random random = new Random(20261201L);
    for (int i = 0; i < 5000; i++) {
      String text = randomDateTime(random);
      OffsetDateTime fast = Rfc3339Reader.parseCommon(text);
      assertNotNull(fast, text);
      OffsetDateTime expected = OffsetDateTime.parse(text);
      assertEquals(expected, fast, text);
      assertEquals(expected.getOffset(), fast.getOffset(), text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2021-10-01t12:00:00Z", "2021-10-01T12:00:00z", "2021-10-01T12:00Z", "2021-10-01T12:00:00",
      "2021-13-01T12:00:00Z", "2021-02-30T12:00:00Z", "2021-10-01T24:00:00Z", "2021-10-01T12:60:00Z",
      "2021-10-01T12:00:00+19:00", "2021-10-01T12:00:00+05:60", "2021-10-01T12:00:00+05:30:15",
      "2021-10-01T12:00:00.Z", "2021-10-01T12:00:00.1234567890Z", "2021-10-01T12:00:00Z ",
      "2021-10-01T12:00:00+0530", "2021-1O-01T12:00:00Z", "+2021-10-01T12:00:00Z", "2021-10-01 12:00:00Z"})
  void otherShapesAreLeftToTheFullParser(String text) {
    assertNull(Rfc3339Reader.parseCommon(text));
  }

  @Test
  void parseStillAcceptsWhatOnlyTheFullParserKnows() {
    assertEquals(OffsetDateTime.of(2021, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC), read("\"2021-10-01t12:00z\""));
    // no offset: ARM means UTC
    assertEquals(OffsetDateTime.of(2021, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC), read("\"2021-10-01T12:00:00\""));
    assertEquals(OffsetDateTime.of(2021, 10, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(-3)),
        read("\"2021-10-01T12:00:00.5-03:00\""));
    assertThrows(DateTimeParseException.class, () -> read("\"2021-02-30T12:00:00Z\""));
  }

  private static OffsetDateTime read(String quoted) {
    return DateTimeText.parse(quoted.substring(1, quoted.length() - 1));
  }

  /** yyyy-MM-ddTHH:mm:ss, 0 to 9 fraction digits, then Z or an offset within +-18:00. */
  private static String randomDateTime(Random random) {
    OffsetDateTime base = OffsetDateTime.of(random.nextInt(10000), 1 + random.nextInt(12), 1 + random.nextInt(28),
        random.nextInt(24), random.nextInt(60), random.nextInt(60), 0, ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", base.getYear(),
        base.getMonthValue(), base.getDayOfMonth(), base.getHour(), base.getMinute(), base.getSecond()));
    int fractionDigits = random.nextInt(10);
    if (fractionDigits > 0) {
      text.append('.');
      for (int i = 0; i < fractionDigits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    if (random.nextInt(3) == 0) {
      text.append('Z');
    } else {
      int hours = random.nextInt(18);
      int minutes = random.nextInt(60);
      text.append(random.nextBoolean() ? '+' : '-').append(String.format("%02d:%02d", hours, minutes));
    }
    return text.toString();
  }
}
