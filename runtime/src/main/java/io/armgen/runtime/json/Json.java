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
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  public static JsonFactory factory() {
    return FACTORY;
  }

  /** Parses a whole document with {@code reader}; an empty document reads as {@code null}. */
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
   * @throws IllegalStateException when {@code value} leaves an object or array open
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
   * @throws IllegalStateException when {@code value} leaves an object or array open
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

  /** An int32; a fraction or a value out of range is a {@link JsonReadException}, not a rounded number. */
  public static Integer readInteger(JsonParser p) throws IOException {
    return JsonNumberReader.readInteger(p);
  }

  /** An int64; a fraction or a value out of range is a {@link JsonReadException}. */
  public static Long readLong(JsonParser p) throws IOException {
    return JsonNumberReader.readLong(p);
  }

  /** A float; a value beyond its range is a {@link JsonReadException}, not infinity. */
  public static Float readFloat(JsonParser p) throws IOException {
    return JsonNumberReader.readFloat(p);
  }

  /** A double; a value beyond its range ({@code 1e999}) is a {@link JsonReadException}, not infinity. */
  public static Double readDouble(JsonParser p) throws IOException {
    return JsonNumberReader.readDouble(p);
  }

  public static java.math.BigDecimal readDecimal(JsonParser p) throws IOException {
    return JsonNumberReader.readDecimal(p);
  }

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

  /** An RFC 3339 date-time ({@code date-time}), see {@link io.armgen.runtime.format.DateTimeText#parse}. */
  public static OffsetDateTime readDateTime(JsonParser p) throws IOException {
    return JsonTimeValues.readDateTime(p);
  }

  /** An RFC 1123 date-time ({@code date-time-rfc1123}): {@code "Fri, 01 Dec 2006 00:00:00 GMT"}. */
  public static OffsetDateTime readDateTimeRfc1123(JsonParser p) throws IOException {
    return JsonTimeValues.readDateTimeRfc1123(p);
  }

  /** Unix time ({@code unixtime}): a JSON number of seconds, read as a UTC date-time. */
  public static OffsetDateTime readUnixTime(JsonParser p) throws IOException {
    return JsonTimeValues.readUnixTime(p);
  }

  public static LocalDate readDate(JsonParser p) throws IOException {
    return JsonTimeValues.readDate(p);
  }

  /** An ISO 8601 duration, with days ({@code P123DT22H14M12.011S}) or calendar parts ({@code P1Y}). */
  public static Duration readDuration(JsonParser p) throws IOException {
    return JsonTimeValues.readDuration(p);
  }

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

  /** Reads any JSON value as String, Number, Boolean, null, {@code List<Object>} or {@code Map<String, Object>}. */
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

  /** Reads an array with {@code items}; JSON null reads as null. */
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

  /** Reads an object of free-form keys with {@code values}; JSON null reads as null. */
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

  /** Writes a value read by {@link #readUntyped}, or any JsonWritable, number, string, boolean, list, map. */
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

  /** RFC 3339 with seconds always present ({@code OffsetDateTime.toString()} drops zero seconds). */
  public static void writeDateTime(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeDateTime(g, value);
  }

  /** RFC 1123 in GMT: {@code "Fri, 01 Dec 2006 00:00:00 GMT"}. */
  public static void writeDateTimeRfc1123(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeDateTimeRfc1123(g, value);
  }

  /** Whole seconds since the epoch, as a JSON number. */
  public static void writeUnixTime(JsonWriter g, OffsetDateTime value) throws IOException {
    JsonTimeValues.writeUnixTime(g, value);
  }

  /** {@code "2000-12-01"}. */
  public static void writeDate(JsonWriter g, LocalDate value) throws IOException {
    g.writeString(value.toString());
  }

  /** ISO 8601 with whole days first: {@code "P123DT22H14M12.011S"}, not {@code Duration.toString()}'s hours. */
  public static void writeDuration(JsonWriter g, Duration value) throws IOException {
    JsonTimeValues.writeDuration(g, value);
  }

  public static void writeUuid(JsonWriter g, UUID value) throws IOException {
    g.writeString(value.toString());
  }

  public static void writeBytes(JsonWriter g, byte[] value) throws IOException {
    g.writeString(Base64.getEncoder().encodeToString(value));
  }

  public static void writeBase64Url(JsonWriter g, byte[] value) throws IOException {
    g.writeString(Base64.getUrlEncoder().withoutPadding().encodeToString(value));
  }

  /** Unmodifiable copy that keeps order, or null. */
  public static <T> List<T> copyOf(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
