package io.armgen.runtime.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.arm.ProxyResource;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonWriteMode;
import io.armgen.runtime.json.JsonWriter;
import java.io.IOException;

/** A hand-written model shaped like generated ones: a proxy resource with a few properties. */
public final class TestResource extends ProxyResource {
  private String provisioningState;
  private String displayName;
  private Integer size;

  public static TestResource fromJson(JsonParser parser) throws IOException {
    return readObject(parser, new TestResource());
  }

  public String provisioningState() {
    return provisioningState;
  }

  public String displayName() {
    return displayName;
  }

  public TestResource withDisplayName(String displayName) {
    this.displayName = displayName;
    return this;
  }

  public Integer size() {
    return size;
  }

  public TestResource withSize(Integer size) {
    this.size = size;
    return this;
  }

  @Override
  public void validate() {
    super.validate();
    if (displayName == null) {
      throw new IllegalArgumentException("Missing required property properties.displayName in TestResource");
    }
  }

  @Override
  protected boolean readField(String field, JsonParser parser) throws IOException {
    if (!field.equals("properties")) {
      return super.readField(field, parser);
    }
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return true;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "provisioningState" -> provisioningState = Json.readString(parser);
        case "displayName" -> displayName = Json.readString(parser);
        case "size" -> size = Json.readInteger(parser);
        default -> parser.skipChildren();
      }
    }
    return true;
  }

  @Override
  protected void writeFields(JsonWriter writer, JsonWriteMode mode) throws IOException {
    super.writeFields(writer, mode);
    writer.writeFieldName("properties");
    writer.writeStartObject();
    if (mode == JsonWriteMode.FULL && provisioningState != null) {
      writer.writeFieldName("provisioningState");
      writer.writeString(provisioningState);
    }
    if (displayName != null) {
      writer.writeFieldName("displayName");
      writer.writeString(displayName);
    }
    if (size != null) {
      writer.writeFieldName("size");
      writer.writeNumber(size);
    }
    writer.writeEndObject();
  }
}
