package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.format.DateTimeText;
import io.armgen.runtime.format.DurationText;
import io.armgen.runtime.format.Rfc1123DateTime;
import io.armgen.runtime.format.UnixTime;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Dates, date-times and durations in JSON, in the text forms of {@code io.armgen.runtime.format}
 * (the same as in paths, queries and headers). A value that is not in its format, or names no
 * real date, is a {@link JsonReadException}; JSON null and an empty string read as null.
 */
final class JsonTimeValues {
  private JsonTimeValues() {}

  static OffsetDateTime readDateTime(JsonParser p) throws IOException {
    return parse(p, DateTimeText::parse, "an RFC 3339 date-time");
  }

  static OffsetDateTime readDateTimeRfc1123(JsonParser p) throws IOException {
    return parse(p, Rfc1123DateTime::parse, "an RFC 1123 date-time");
  }

  static LocalDate readDate(JsonParser p) throws IOException {
    return parse(p, LocalDate::parse, "a date");
  }

  static Duration readDuration(JsonParser p) throws IOException {
    return parse(p, DurationText::parse, "an ISO 8601 duration");
  }

  /** A JSON number of seconds since the epoch (a whole number: a fraction is an error). */
  static OffsetDateTime readUnixTime(JsonParser p) throws IOException {
    Long seconds = JsonNumberReader.readLong(p);
    if (seconds == null) {
      return null;
    }
    try {
      return UnixTime.fromSeconds(seconds);
    } catch (DateTimeException e) {
      throw new JsonReadException("the Unix time " + seconds + " is out of range", p);
    }
  }

  static void writeDateTime(JsonWriter g, OffsetDateTime value) throws IOException {
    g.writeString(DateTimeText.format(value));
  }

  static void writeDateTimeRfc1123(JsonWriter g, OffsetDateTime value) throws IOException {
    g.writeString(Rfc1123DateTime.format(value));
  }

  static void writeDuration(JsonWriter g, Duration value) throws IOException {
    g.writeString(DurationText.format(value));
  }

  static void writeUnixTime(JsonWriter g, OffsetDateTime value) throws IOException {
    g.writeNumber(UnixTime.toSeconds(value));
  }

  private static <T> T parse(JsonParser p, Function<String, T> parser, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw new JsonReadException("expected " + what + " but found " + t, p);
    }
    String s = p.getText();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(s);
    } catch (DateTimeException | ArithmeticException e) {
      throw new JsonReadException("not " + what + ": '" + s + "'", p);
    }
  }
}
