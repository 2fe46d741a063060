package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes one JSON value, token by token: what generated models and request bodies write to.
 *
 * <p>{@link Json#writeBytes} and {@link Json#writeString} use the runtime's own UTF-8 writer, which
 * writes exactly the bytes jackson-core's generator writes with its default settings (strings
 * escaped the same way, numbers in the same text), only faster: a run of characters that needs no
 * escape is copied in one go, and field names a model declares are encoded once
 * ({@link JsonFieldName}). {@link #of(JsonGenerator)} writes through a jackson-core generator of
 * your own instead, for example one with a pretty printer.
 *
 * <p>Calls must form one well-formed value: a field name only directly inside an object and
 * followed by its value, every object and array closed. A call that breaks this throws
 * {@link IllegalStateException} (jackson-core's own error when writing through {@link #of}).
 */
public abstract sealed class JsonWriter permits Utf8JsonWriter, JacksonJsonWriter {

  JsonWriter() {}

  /** A writer that writes through {@code generator}; closing or flushing it stays with the caller. */
  public static JsonWriter of(JsonGenerator generator) {
    return new JacksonJsonWriter(generator);
  }

  /** Starts an object: field names and values follow, then {@link #writeEndObject()}. */
  public abstract void writeStartObject() throws IOException;

  /** Ends the innermost object. */
  public abstract void writeEndObject() throws IOException;

  /** Starts an array: values follow, then {@link #writeEndArray()}. */
  public abstract void writeStartArray() throws IOException;

  /** Ends the innermost array. */
  public abstract void writeEndArray() throws IOException;

  /** The name of the next field of the innermost object; its value follows. */
  public abstract void writeFieldName(String name) throws IOException;

  /** The name of the next field, encoded once in advance (generated models keep theirs as constants). */
  public abstract void writeFieldName(JsonFieldName name) throws IOException;

  /** A string, escaped as needed; {@code null} writes JSON {@code null}. */
  public abstract void writeString(String value) throws IOException;

  /** An int32. */
  public abstract void writeNumber(int value) throws IOException;

  /** An int64. */
  public abstract void writeNumber(long value) throws IOException;

  /** A float in {@link Float#toString(float)}'s text; NaN and the infinities as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public abstract void writeNumber(float value) throws IOException;

  /** A double in {@link Double#toString(double)}'s text; NaN and the infinities as strings, like floats. */
  public abstract void writeNumber(double value) throws IOException;

  /** A decimal in {@link BigDecimal#toString()}'s text (so {@code 1E+3} stays {@code 1E+3}); {@code null} writes JSON {@code null}. */
  public abstract void writeNumber(BigDecimal value) throws IOException;

  /** An integer of any size; {@code null} writes JSON {@code null}. */
  public abstract void writeNumber(BigInteger value) throws IOException;

  /** {@code true} or {@code false}. */
  public abstract void writeBoolean(boolean value) throws IOException;

  /** JSON {@code null}. */
  public abstract void writeNull() throws IOException;
}
