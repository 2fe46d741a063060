package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonFieldName;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWriteMode;
import io.armgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/** ARM metadata about who created and last modified a resource, and when. */
public final class SystemData extends JsonModel {
  private static final JsonFieldName CREATED_BY = JsonFieldName.of("createdBy");
  private static final JsonFieldName CREATED_BY_TYPE = JsonFieldName.of("createdByType");
  private static final JsonFieldName CREATED_AT = JsonFieldName.of("createdAt");
  private static final JsonFieldName LAST_MODIFIED_BY = JsonFieldName.of("lastModifiedBy");
  private static final JsonFieldName LAST_MODIFIED_BY_TYPE = JsonFieldName.of("lastModifiedByType");
  private static final JsonFieldName LAST_MODIFIED_AT = JsonFieldName.of("lastModifiedAt");

  private String createdBy;
  private CreatedByType createdByType;
  private OffsetDateTime createdAt;
  private String lastModifiedBy;
  private CreatedByType lastModifiedByType;
  private OffsetDateTime lastModifiedAt;

  /**
   * Who created the resource.
   *
   * @return a user name, application id or other identity, depending on {@link #createdByType()}; null when not sent
   */
  public String createdBy() {
    return createdBy;
  }

  /**
   * The kind of identity that created the resource.
   *
   * @return the kind, or null when not sent
   */
  public CreatedByType createdByType() {
    return createdByType;
  }

  /**
   * When the resource was created.
   *
   * @return the creation time (UTC as ARM sends it), or null when not sent
   */
  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /**
   * Who last modified the resource.
   *
   * @return a user name, application id or other identity; null when not sent
   */
  public String lastModifiedBy() {
    return lastModifiedBy;
  }

  /**
   * The kind of identity that last modified the resource.
   *
   * @return the kind, or null when not sent
   */
  public CreatedByType lastModifiedByType() {
    return lastModifiedByType;
  }

  /**
   * When the resource was last modified.
   *
   * @return the time of the last change, or null when not sent
   */
  public OffsetDateTime lastModifiedAt() {
    return lastModifiedAt;
  }

  /**
   * Reads the {@code systemData} object the parser is on.
   *
   * @param parser the parser, on the object's first token
   * @return the metadata, or null for JSON null
   * @throws IOException if the value is not an object, a field does not fit, or the input cannot be read
   */
  public static SystemData fromJson(JsonParser parser) throws IOException {
    return readObject(parser, new SystemData());
  }

  @Override
  protected boolean readField(String field, JsonParser parser) throws IOException {
    switch (field) {
      case "createdBy":
        createdBy = Json.readString(parser);
        return true;
      case "createdByType":
        createdByType = CreatedByType.fromString(Json.readString(parser));
        return true;
      case "createdAt":
        createdAt = Json.readDateTime(parser);
        return true;
      case "lastModifiedBy":
        lastModifiedBy = Json.readString(parser);
        return true;
      case "lastModifiedByType":
        lastModifiedByType = CreatedByType.fromString(Json.readString(parser));
        return true;
      case "lastModifiedAt":
        lastModifiedAt = Json.readDateTime(parser);
        return true;
      default:
        return false;
    }
  }

  @Override
  protected void writeFields(JsonWriter g, JsonWriteMode mode) throws IOException {
    if (createdBy != null) {
      g.writeFieldName(CREATED_BY);
      g.writeString(createdBy);
    }
    if (createdByType != null) {
      g.writeFieldName(CREATED_BY_TYPE);
      g.writeString(createdByType.toString());
    }
    if (createdAt != null) {
      g.writeFieldName(CREATED_AT);
      Json.writeDateTime(g, createdAt);
    }
    if (lastModifiedBy != null) {
      g.writeFieldName(LAST_MODIFIED_BY);
      g.writeString(lastModifiedBy);
    }
    if (lastModifiedByType != null) {
      g.writeFieldName(LAST_MODIFIED_BY_TYPE);
      g.writeString(lastModifiedByType.toString());
    }
    if (lastModifiedAt != null) {
      g.writeFieldName(LAST_MODIFIED_AT);
      Json.writeDateTime(g, lastModifiedAt);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SystemData s
        && Objects.equals(createdBy, s.createdBy)
        && Objects.equals(createdByType, s.createdByType)
        && Objects.equals(createdAt, s.createdAt)
        && Objects.equals(lastModifiedBy, s.lastModifiedBy)
        && Objects.equals(lastModifiedByType, s.lastModifiedByType)
        && Objects.equals(lastModifiedAt, s.lastModifiedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(createdBy, createdByType, createdAt, lastModifiedBy, lastModifiedByType, lastModifiedAt);
  }

  @Override
  public String toString() {
    return "SystemData{createdBy=" + createdBy + ", createdByType=" + createdByType + ", createdAt=" + createdAt
        + ", lastModifiedBy=" + lastModifiedBy + ", lastModifiedByType=" + lastModifiedByType
        + ", lastModifiedAt=" + lastModifiedAt + "}";
  }
}
