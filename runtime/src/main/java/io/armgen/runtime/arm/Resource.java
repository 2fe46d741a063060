package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonFieldName;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWriteMode;
import io.armgen.runtime.json.JsonWriter;
import java.io.IOException;

/**
 * Fields every ARM resource returns: id, name, type and (where the service sends it) systemData.
 * All are read-only: read from responses, never sent.
 */
public abstract class Resource extends JsonModel {
  private static final JsonFieldName ID = JsonFieldName.of("id");
  private static final JsonFieldName NAME = JsonFieldName.of("name");
  private static final JsonFieldName TYPE = JsonFieldName.of("type");
  private static final JsonFieldName SYSTEM_DATA = JsonFieldName.of("systemData");

  private String id;
  private String name;
  private String type;
  private SystemData systemData;

  /**
   * The fully qualified resource id; {@link ResourceId#parse} reads it.
   *
   * @return the id, e.g. {@code /subscriptions/{id}/resourceGroups/{rg}/providers/...}; null on a
   *     resource built locally and not yet sent
   */
  public String id() {
    return id;
  }

  /**
   * The resource name: the id's last segment.
   *
   * @return the name; null on a resource built locally
   */
  public String name() {
    return name;
  }

  /**
   * The resource type.
   *
   * @return the type, e.g. {@code Microsoft.ContainerRegistry/registries/privateEndpointConnections};
   *     null on a resource built locally
   */
  public String type() {
    return type;
  }

  /**
   * Creation and last-modification metadata.
   *
   * @return the metadata, or null when the service did not return it
   */
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
  protected void writeFields(JsonWriter writer, JsonWriteMode mode) throws IOException {
    super.writeFields(writer, mode);
    if (mode == JsonWriteMode.FULL) {
      if (id != null) {
        writer.writeFieldName(ID);
        writer.writeString(id);
      }
      if (name != null) {
        writer.writeFieldName(NAME);
        writer.writeString(name);
      }
      if (type != null) {
        writer.writeFieldName(TYPE);
        writer.writeString(type);
      }
      if (systemData != null) {
        writer.writeFieldName(SYSTEM_DATA);
        systemData.toJson(writer, mode);
      }
    }
  }
}
