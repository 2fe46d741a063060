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

  /**
   * The geo-location where the resource lives.
   *
   * @return the location, such as {@code westeurope}; never null on a resource read from the service
   */
  public String location() {
    return location;
  }

  /**
   * Sets the location; generated subclasses expose it through their own setter or builder.
   *
   * @param location the location; required when the resource is sent
   */
  protected void setLocation(String location) {
    this.location = location;
  }

  /**
   * The resource's tags.
   *
   * @return the tags, in the order read or set; null when none were set or sent. The map is the
   *     resource's own: changing it changes what is sent.
   */
  public Map<String, String> tags() {
    return tags;
  }

  /**
   * Sets the tags; generated subclasses expose it through their own setter or builder.
   *
   * @param tags the tags, copied; null for none
   */
  protected void setTags(Map<String, String> tags) {
    this.tags = tags == null ? null : new LinkedHashMap<>(tags);
  }

  /**
   * Checks that the location is set; generated subclasses add their own required properties.
   *
   * @throws IllegalArgumentException if the location is unset
   */
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
