package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;

/**
 * Fields every ARM resource returns: id, name, type and (where the service sends it) systemData.
 * All are read-only: read from responses, never sent.
 */
public abstract class Resource extends JsonModel {
  private String id;
  private String name;
  private String type;
  private SystemData systemData;

  /** Fully qualified resource id, e.g. {@code /subscriptions/{id}/resourceGroups/{rg}/providers/...}. */
  public String id() {
    return id;
  }

  /** The resource name. */
  public String name() {
    return name;
  }

  /** The resource type, e.g. {@code Microsoft.ContainerRegistry/registries/privateEndpointConnections}. */
  public String type() {
    return type;
  }

  /** Creation and last-modification metadata, when the service returns it. */
  public SystemData systemData() {
    return systemData;
  }

  @Override
  protected boolean readField(String field, JsonParser parser) throws IOException {
    switch (field) {
      case "id":
        id = Json.readString(parser);
        return true;
      case "name":
        name = Json.readString(parser);
        return true;
      case "type":
        type = Json.readString(parser);
        return true;
      case "systemData":
        systemData = SystemData.fromJson(parser);
        return true;
      default:
        return super.readField(field, parser);
    }
  }

  @Override
  protected void writeFields(JsonGenerator generator, JsonWriteMode mode) throws IOException {
    super.writeFields(generator, mode);
    if (mode == JsonWriteMode.FULL) {
      if (id != null) {
        generator.writeStringField("id", id);
      }
      if (name != null) {
        generator.writeStringField("name", name);
      }
      if (type != null) {
        generator.writeStringField("type", type);
      }
      if (systemData != null) {
        generator.writeFieldName("systemData");
        systemData.toJson(generator, mode);
      }
    }
  }
}
