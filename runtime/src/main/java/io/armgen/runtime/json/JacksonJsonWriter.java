package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** {@link JsonWriter#of}: every call goes to the jackson-core generator method of the same name. */
final class JacksonJsonWriter extends JsonWriter {
  private final JsonGenerator generator;

  JacksonJsonWriter(JsonGenerator generator) {
    if (generator == null) {
      throw new NullPointerException("generator");
    }
    this.generator = generator;
  }

  @Override
  public void writeStartObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    generator.writeFieldName(name);
  }

  /**
   * By its text: jackson-core's own pre-encoded names ({@code SerializedString}) write a surrogate
   * pair as 4-byte UTF-8 and refuse a lone surrogate, where its {@code writeFieldName(String)}
   * escapes both.
   */
  @Override
  public void writeFieldName(JsonFieldName name) throws IOException {
    generator.writeFieldName(name.value());
  }

  @Override
  public void writeString(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void writeNumber(int value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(float value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void writeNull() throws IOException {
    generator.writeNull();
  }
}
