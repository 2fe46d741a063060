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

  /**
   * A writer that writes through a jackson-core generator of your own (a pretty printer, a
   * stream); closing or flushing it stays with the caller.
   *
   * @param generator the generator to write to
   * @return a writer over it
   */
  public static JsonWriter of(JsonGenerator generator) {
    return new JacksonJsonWriter(generator);
  }

  /**
   * Starts an object: field names and values follow, then {@link #writeEndObject()}.
   *
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeStartObject() throws IOException;

  /**
   * Ends the innermost object.
   *
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeEndObject() throws IOException;

  /**
   * Starts an array: values follow, then {@link #writeEndArray()}.
   *
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeStartArray() throws IOException;

  /**
   * Ends the innermost array.
   *
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeEndArray() throws IOException;

  /**
   * Writes the name of the next field of the innermost object; its value follows.
   *
   * @param name the name, escaped as needed; not null
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeFieldName(String name) throws IOException;

  /**
   * Writes the name of the next field, encoded once in advance (generated models keep theirs as constants).
   *
   * @param name the encoded name
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeFieldName(JsonFieldName name) throws IOException;

  /**
   * Writes a string, escaped as needed.
   *
   * @param value the string; {@code null} writes JSON {@code null}
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeString(String value) throws IOException;

  /**
   * Writes an int32.
   *
   * @param value the number
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(int value) throws IOException;

  /**
   * Writes an int64.
   *
   * @param value the number
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(long value) throws IOException;

  /**
   * Writes a float in {@link Float#toString(float)}'s text; NaN and the infinities as the strings
   * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
   *
   * @param value the number
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(float value) throws IOException;

  /**
   * Writes a double in {@link Double#toString(double)}'s text; NaN and the infinities as strings, like floats.
   *
   * @param value the number
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(double value) throws IOException;

  /**
   * Writes a decimal in {@link BigDecimal#toString()}'s text (so {@code 1E+3} stays {@code 1E+3}).
   *
   * @param value the number; {@code null} writes JSON {@code null}
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(BigDecimal value) throws IOException;

  /**
   * Writes an integer of any size.
   *
   * @param value the number; {@code null} writes JSON {@code null}
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNumber(BigInteger value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeBoolean(boolean value) throws IOException;

  /**
   * Writes JSON {@code null}.
   *
   * @throws IllegalStateException if the call would break the value's structure (see the class comment)
   * @throws IOException if the underlying output fails (never for the runtime's own writer)
   */
  public abstract void writeNull() throws IOException;
}
