package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The reference the runtime's writer is held to: a value written straight to jackson-core's own
 * generators (default settings), each Java type through the generator method of its type.
 * {@link #writeOurs} makes the same calls on a {@link JsonWriter}.
 */
final class JacksonReference {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JacksonReference() {}

  /** What jackson-core's UTF-8 generator writes for {@code value}. */
  static byte[] bytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeJackson(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What jackson-core's Writer-based generator writes for {@code value}. */
  static String text(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeJackson(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void writeJackson(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i.intValue());
    } else if (value instanceof Long l) {
      g.writeNumber(l.longValue());
    } else if (value instanceof Float f) {
      g.writeNumber(f.floatValue());
    } else if (value instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        writeJackson(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        writeJackson(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException(value.getClass().toString());
    }
  }

  /**
   * The same calls on our writer; field names alternate between plain strings and pre-encoded
   * {@link JsonFieldName}s, which must not change the output.
   */
  static void writeOurs(JsonWriter w, Object value) throws IOException {
    if (value == null) {
      w.writeNull();
    } else if (value instanceof String s) {
      w.writeString(s);
    } else if (value instanceof Integer i) {
      w.writeNumber(i.intValue());
    } else if (value instanceof Long l) {
      w.writeNumber(l.longValue());
    } else if (value instanceof Float f) {
      w.writeNumber(f.floatValue());
    } else if (value instanceof Double d) {
      w.writeNumber(d.doubleValue());
    } else if (value instanceof BigDecimal d) {
      w.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      w.writeNumber(i);
    } else if (value instanceof Boolean b) {
      w.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      w.writeStartArray();
      for (Object item : list) {
        writeOurs(w, item);
      }
      w.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      w.writeStartObject();
      int index = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String name = (String) e.getKey();
        if (index++ % 2 == 0) {
          w.writeFieldName(name);
        } else {
          w.writeFieldName(JsonFieldName.of(name));
        }
        writeOurs(w, e.getValue());
      }
      w.writeEndObject();
    } else {
      throw new IllegalArgumentException(value.getClass().toString());
    }
  }
}
