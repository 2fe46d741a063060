package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Streaming JSON helpers used by generated models: reading and writing the scalar formats Swagger
 * knows (date-time, date, duration, uuid, byte, base64url), arrays, maps and untyped values.
 *
 * <p>Every {@code read*} method expects the parser on the value's first token (as
 * {@link JsonModel#readField} leaves it), reads JSON {@code null} as {@code null}, and leaves the
 * parser on the value's last token. Every {@code write*} method writes one value, so it follows a
 * field name or sits in an array. All methods are stateless and thread-safe.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /**
   * The jackson-core factory the runtime parses with (default settings), shared so that its
   * symbol tables are reused.
   *
   * @return the shared factory; do not reconfigure it
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * Parses a whole document with {@code reader}. Text after the first value is not looked at.
   *
   * @param <T> the type read
   * @param json UTF-8 (or UTF-16/32, detected) JSON; null or empty reads as {@code null}
   * @param reader reads the top-level value, such as {@code Model::fromJson}
   * @return what {@code reader} returned, or null for an empty document
   * @throws JsonReadException if the value does not fit what {@code reader} reads
   * @throws IOException if the document is not well-formed JSON
   */
  public static <T> T parse(byte[] json, JsonReadFunction<T> reader) throws IOException {
    if (json == null || json.length == 0) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        return null;
      }
      return reader.read(parser);
    }
  }

  /**
   * Parses a whole document held as text with {@code reader}.
   *
   * @param <T> the type read
   * @param json the JSON text; null or empty reads as {@code null}
   * @param reader reads the top-level value, such as {@code Model::fromJson}
   * @return what {@code reader} returned, or null for an empty document
   * @throws JsonReadException if the value does not fit what {@code reader} reads
   * @throws IOException if the document is not well-formed JSON
   */
  public static <T> T parse(String json, JsonReadFunction<T> reader) throws IOException {
    if (json == null || json.isEmpty()) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        return null;
      }
      return reader.read(parser);
    }
  }

  /**
   * {@code value} as UTF-8 JSON: the bytes jackson-core's generator writes, see {@link JsonWriter}.
   *
   * @param value what to write
   * @param mode whether read-only properties are left out ({@link JsonWriteMode#REQUEST}) or kept
   * @return the JSON, a new array
   * @throws IllegalStateException when {@code value} leaves an object or array open
   * @throws java.io.UncheckedIOException when a {@link JsonWritable} of the caller's own throws an
   *     {@link IOException} (the runtime's writer never does)
   */
  public static byte[] writeBytes(JsonWritable value, JsonWriteMode mode) {
    Utf8JsonWriter writer = Utf8JsonWriter.forBytes();
    write(value, mode, writer);
    return writer.toByteArray();
  }

  /**
   * {@code value} as JSON text: characters outside ASCII as themselves, a lone surrogate as its
   * six-character escape (<code>&#92;uD800</code>).
   *
   * @param value what to write
   * @param mode whether read-only properties are left out ({@link JsonWriteMode#REQUEST}) or kept
   * @return the JSON text
   * @throws IllegalStateException when {@code value} leaves an object or array open
   * @throws java.io.UncheckedIOException when a {@link JsonWritable} of the caller's own throws an
   *     {@link IOException}
   */
  public static String writeString(JsonWritable value, JsonWriteMode mode) {
    Utf8JsonWriter writer = Utf8JsonWriter.forText();
    write(value, mode, writer);
    return writer.toText();
  }

  private static void write(JsonWritable value, JsonWriteMode mode, Utf8JsonWriter writer) {
    try {
      value.toJson(writer, mode);
    } catch (IOException e) {
      // only a JsonWritable of the caller's own can throw one: the writer itself never does
      throw new UncheckedIOException(e);
    }
  }

  // ---- scalar readers: the parser is on the value token; JSON null reads as null ----

  /**
   * A string. A number or boolean reads as its JSON text ({@code 42} as {@code "42"}), since
   * services are not always strict about the type.
   *
   * @param p the parser, on the value's first token
   * @return the string, or null for JSON null
   * @throws JsonReadException if the value is an object or an array
   * @throws IOException if the parser fails to read the input
   */
  public static String readString(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      throw new JsonReadException("expected a string but found " + t, p);
    }
    return p.getText();
  }

  /**
   * An int32. A fraction or a value out of range is an error, not a rounded number; a whole
   * number written with a fraction or exponent ({@code 3.0}, {@code 3e2}) is accepted.
   *
   * <p>A number sent as a string ({@code "42"}) is read by the same rules.
   *
   * @param p the parser, on the value's first token
   * @return the number, or null for JSON null
   * @throws JsonReadException if the value is not a number, or does not fit as described
   * @throws IOException if the parser fails to read the input
   */
  public static Integer readInteger(JsonParser p) throws IOException {
    return JsonNumberReader.readInteger(p);
  }

  /**
   * An int64. A fraction or a value out of range is an error, not a rounded number.
   *
   * <p>A number sent as a string ({@code "42"}) is read by the same rules.
   *
   * @param p the parser, on the value's first token
   * @return the number, or null for JSON null
   * @throws JsonReadException if the value is not a number, or does not fit as described
   * @throws IOException if the parser fails to read the input
   */
  public static Long readLong(JsonParser p) throws IOException {
    return JsonNumberReader.readLong(p);
  }

  /**
   * A float, rounded to the nearest. A value beyond its range is an error, not infinity; the
   * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} read as those values.
   *
   * <p>A number sent as a string ({@code "42"}) is read by the same rules.
   *
   * @param p the parser, on the value's first token
   * @return the number, or null for JSON null
   * @throws JsonReadException if the value is not a number, or does not fit as described
   * @throws IOException if the parser fails to read the input
   */
  public static Float readFloat(JsonParser p) throws IOException {
    return JsonNumberReader.readFloat(p);
  }

  /**
   * A double, rounded to the nearest. A value beyond its range ({@code 1e999}) is an error, not
   * infinity; the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} read as those values.
   *
   * <p>A number sent as a string ({@code "42"}) is read by the same rules.
   *
   * @param p the parser, on the value's first token
   * @return the number, or null for JSON null
   * @throws JsonReadException if the value is not a number, or does not fit as described
   * @throws IOException if the parser fails to read the input
   */
  public static Double readDouble(JsonParser p) throws IOException {
    return JsonNumberReader.readDouble(p);
  }

  /**
   * A decimal number, exactly as written (scale kept: {@code 1.50} stays {@code 1.50}).
   *
   * <p>A number sent as a string ({@code "42"}) is read by the same rules.
   *
   * @param p the parser, on the value's first token
   * @return the number, or null for JSON null
   * @throws JsonReadException if the value is not a number, or does not fit as described
   * @throws IOException if the parser fails to read the input
   */
  public static java.math.BigDecimal readDecimal(JsonParser p) throws IOException {
    return JsonNumberReader.readDecimal(p);
  }

  /**
   * A boolean; the strings {@code "true"} and {@code "false"} (any case, trimmed) are accepted too.
   *
   * @param p the parser, on the value's first token
   * @return the boolean, or null for JSON null
   * @throws JsonReadException if the value is not of this kind
   * @throws IOException if the parser fails to read the input
   */
  public static Boolean readBoolean(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
        return Boolean.valueOf(s);
      }
    }
    throw new JsonReadException("expected a boolean but found " + t, p);
  }

  /**
   * An RFC 3339 date-time ({@code date-time}), read as {@link io.armgen.runtime.format.DateTimeText#parse} reads it.
   *
   * @param p the parser, on the value's first token
   * @return the value, or null for JSON null or an empty string
   * @throws JsonReadException if the value is not a string in this format or names no real date
   * @throws IOException if the parser fails to read the input
   */
  public static OffsetDateTime readDateTime(JsonParser p) throws IOException {
    return JsonTimeValues.readDateTime(p);
  }

  /**
   * An RFC 1123 date-time ({@code date-time-rfc1123}): {@code "Fri, 01 Dec 2006 00:00:00 GMT"}.
   *
   * @param p the parser, on the value's first token
   * @return the value, or null for JSON null or an empty string
   * @throws JsonReadException if the value is not a string in this format or names no real date
   * @throws IOException if the parser fails to read the input
   */
  public static OffsetDateTime readDateTimeRfc1123(JsonParser p) throws IOException {
    return JsonTimeValues.readDateTimeRfc1123(p);
  }

  /**
   * Unix time ({@code unixtime}): a whole JSON number of seconds since the epoch, read as a UTC date-time.
   *
   * @param p the parser, on the value's first token
   * @return the date-time in UTC, or null for JSON null
   * @throws JsonReadException if the value is not a whole number or is beyond the range of {@link OffsetDateTime}
   * @throws IOException if the parser fails to read the input
   */
  public static OffsetDateTime readUnixTime(JsonParser p) throws IOException {
    return JsonTimeValues.readUnixTime(p);
  }

  /**
   * A date ({@code date}): {@code "2000-12-01"}.
   *
   * @param p the parser, on the value's first token
   * @return the value, or null for JSON null or an empty string
   * @throws JsonReadException if the value is not a string in this format or names no real date
   * @throws IOException if the parser fails to read the input
   */
  public static LocalDate readDate(JsonParser p) throws IOException {
    return JsonTimeValues.readDate(p);
  }

  /**
   * An ISO 8601 duration, with days ({@code P123DT22H14M12.011S}) or calendar parts ({@code P1Y}),
   * as {@link io.armgen.runtime.format.DurationText#parse} reads it.
   *
   * @param p the parser, on the value's first token
   * @return the value, or null for JSON null or an empty string
   * @throws JsonReadException if the value is not a string in this format or names no real date
   * @throws IOException if the parser fails to read the input
   */
  public static Duration readDuration(JsonParser p) throws IOException {
    return JsonTimeValues.readDuration(p);
  }

  /**
   * A UUID ({@code uuid}) in its usual hyphenated text.
   *
   * @param p the parser, on the value's first token
   * @return the UUID, or null for JSON null or an empty string
   * @throws JsonReadException if the value is not a UUID
   * @throws IOException if the parser fails to read the input
   */
  public static UUID readUuid(JsonParser p) throws IOException {
    String s = readString(p);
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw new JsonReadException("not a UUID: '" + s + "'", p);
    }
  }

  /**
   * Bytes sent as standard base64 ({@code byte}).
   *
   * @param p the parser, on the value's first token
   * @return the decoded bytes, or null for JSON null
   * @throws JsonReadException if the value is not standard base64
   * @throws IOException if the parser fails to read the input
   */
  public static byte[] readBytes(JsonParser p) throws IOException {
    String s = readString(p);
    if (s == null) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new JsonReadException("not base64", p);
    }
  }

  /**
   * Bytes sent as URL-safe base64 ({@code base64url}), with or without padding.
   *
   * @param p the parser, on the value's first token
   * @return the decoded bytes, or null for JSON null
   * @throws JsonReadException if the value is not URL-safe base64
   * @throws IOException if the parser fails to read the input
   */
  public static byte[] readBase64Url(JsonParser p) throws IOException {
    String s = readString(p);
    if (s == null) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new JsonReadException("not base64url", p);
    }
  }

  /**
   * Any JSON value, for properties the spec leaves untyped ({@code type: object} without
   * properties, {@code additionalProperties: true}).
   *
   * @param p the parser, on the value's first token
   * @return a {@link String}, {@link Boolean}, {@code null}, an integer as {@link Integer},
   *     {@link Long} or {@link java.math.BigInteger} by size, a fraction as
   *     {@link java.math.BigDecimal}, a mutable {@code List<Object>} or a mutable
   *     {@code Map<String, Object>} in document order
   * @throws IOException if the input is not well-formed JSON
   */
  public static Object readUntyped(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case VALUE_NULL:
        return null;
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(readUntyped(p));
        }
        return list;
      }
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, readUntyped(p));
        }
        return map;
      }
      default:
        throw new JsonReadException("unexpected token " + t, p);
    }
  }

  /**
   * An array, each item read with {@code items}.
   *
   * @param <T> the item type
   * @param p the parser, on the value's first token
   * @param items reads one item (items may be JSON null, read as {@code items} reads null)
   * @return a mutable list in document order, or null for JSON null
   * @throws JsonReadException if the value is not an array, or an item does not fit
   * @throws IOException if the parser fails to read the input
   */
  public static <T> List<T> readArray(JsonParser p, JsonReadFunction<T> items) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new JsonReadException("expected an array but found " + t, p);
    }
    List<T> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(items.read(p));
    }
    return list;
  }

  /**
   * An object of free-form keys ({@code additionalProperties}), each value read with {@code values}.
   *
   * @param <T> the value type
   * @param p the parser, on the value's first token
   * @param values reads one value
   * @return a mutable map in document order (a repeated key keeps its last value), or null for JSON null
   * @throws JsonReadException if the value is not an object, or a value does not fit
   * @throws IOException if the parser fails to read the input
   */
  public static <T> Map<String, T> readMap(JsonParser p, JsonReadFunction<T> values) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new JsonReadException("expected an object but found " + t, p);
    }
    Map<String, T> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      map.put(name, values.read(p));
    }
    return map;
  }

  // ---- writers: each writes one value (call after writeFieldName) ----

  /**
   * Writes a value read by {@link #readUntyped}, or any {@link JsonWritable}, number, string,
   * boolean, list or map (keys by {@link String#valueOf}); anything else is written as its
   * {@code toString()}. A number other than the JDK's floating and big types is written as its
   * {@code longValue()}.
   *
   * @param g the writer
   * @param value the value; null writes JSON {@code null}
   * @param mode passed on to nested {@link JsonWritable}s
   * @throws IOException if the writer fails
   */
  public static void writeUntyped(JsonWriter g, Object value, JsonWriteMode mode) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof JsonWritable w) {
      w.toJson(g, mode);
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof java.math.BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof java.math.BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Float f) {
      g.writeNumber(f);
    } else if (value instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        writeUntyped(g, item, mode);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeUntyped(g, e.getValue(), mode);
      }
      g.writeEndObject();
    } else {
      g.writeString(value.toString());
    }
  }

  /**
   * Writes an RFC 3339 date-time with seconds always present ({@code OffsetDateTime.toString()}
   * drops zero seconds), in the value's own offset.
   *
   * @param g the writer
   * @param value the date-time; not null
   * @throws IOException if the writer fails
   */
  public static void writeDateTime(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeDateTime(g, value);
  }

  /**
   * Writes an RFC 1123 date-time in GMT: {@code "Fri, 01 Dec 2006 00:00:00 GMT"} (fractions of
   * a second are dropped).
   *
   * @param g the writer
   * @param value the date-time; not null
   * @throws IOException if the writer fails
   */
  public static void writeDateTimeRfc1123(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeDateTimeRfc1123(g, value);
  }

  /**
   * Writes whole seconds since the epoch as a JSON number (fractions of a second are dropped).
   *
   * @param g the writer
   * @param value the date-time; not null
   * @throws IOException if the writer fails
   */
  public static void writeUnixTime(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeUnixTime(g, value);
  }

  /**
   * Writes a date as {@code "2000-12-01"}.
   *
   * @param g the writer
   * @param value the date; not null
   * @throws IOException if the writer fails
   */
  public static void writeDate(JsonWriter g, LocalDate value) throws IOException {
    g.writeString(value.toString());
  }

  /**
   * Writes an ISO 8601 duration with whole days first: {@code "P123DT22H14M12.011S"}, not
   * {@code Duration.toString()}'s hours.
   *
   * @param g the writer
   * @param value the duration; not null
   * @throws IOException if the writer fails
   */
  public static void writeDuration(JsonWriter g, Duration value) throws IOException {
    JsonTimeValues.writeDuration(g, value);
  }

  /**
   * Writes a UUID in its lower-case hyphenated text.
   *
   * @param g the writer
   * @param value the UUID; not null
   * @throws IOException if the writer fails
   */
  public static void writeUuid(JsonWriter g, UUID value) throws IOException {
    g.writeString(value.toString());
  }

  /**
   * Writes bytes as standard base64 with padding ({@code byte}).
   *
   * @param g the writer
   * @param value the bytes; not null
   * @throws IOException if the writer fails
   */
  public static void writeBytes(JsonWriter g, byte[] value) throws IOException {
    g.writeString(Base64.getEncoder().encodeToString(value));
  }

  /**
   * Writes bytes as URL-safe base64 without padding ({@code base64url}).
   *
   * @param g the writer
   * @param value the bytes; not null
   * @throws IOException if the writer fails
   */
  public static void writeBase64Url(JsonWriter g, byte[] value) throws IOException {
    g.writeString(Base64.getUrlEncoder().withoutPadding().encodeToString(value));
  }

  /**
   * An unmodifiable copy that keeps order; unlike {@link List#copyOf}, it allows null items.
   *
   * @param <T> the item type
   * @param list the list to copy, or null
   * @return the copy, or null for null
   */
  public static <T> List<T> copyOf(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
