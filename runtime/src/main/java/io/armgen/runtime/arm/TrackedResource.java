package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonFieldName;
import io.armgen.runtime.json.JsonWriteMode;
import io.armgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An ARM resource with a location (required) and tags. */
public abstract class TrackedResource extends Resource {
  private static final JsonFieldName LOCATION = JsonFieldName.of("location");
  private static final JsonFieldName TAGS = JsonFieldName.of("tags");

  private String location;
  private Map<String, String> tags;

  /** The geo-location where the resource lives. */
  public String location() {
    return location;
  }

  /** Sets the location; required when the resource is created. */
  protected void setLocation(String location) {
    this.location = location;
  }

  /** Resource tags. */
  public Map<String, String> tags() {
    return tags;
  }

  protected void setTags(Map<String, String> tags) {
    this.tags = tags == null ? null : new LinkedHashMap<>(tags);
  }

  @Override
  public void validate() {
    super.validate();
    if (location == null) {
      throw new IllegalArgumentException("Missing required property location in " + getClass().getSimpleName());
    }
  }

  @Override
  protected boolean readField(String field, JsonParser parser) throws IOException {
    switch (field) {
      case "location":
        location = Json.readString(parser);
        return true;
      case "tags":
        tags = Json.readMap(parser, Json::readString);
        return true;
      default:
        return super.readField(field, parser);
    }
  }

  @Override
  protected void writeFields(JsonWriter writer, JsonWriteMode mode) throws IOException {
    super.writeFields(writer, mode);
    if (location != null) {
      writer.writeFieldName(LOCATION);
      writer.writeString(location);
    }
    if (tags != null) {
      writer.writeFieldName(TAGS);
      Json.writeUntyped(writer, tags, mode);
    }
  }
}
