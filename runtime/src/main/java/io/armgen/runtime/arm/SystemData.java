package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWriteMode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/** ARM metadata about who created and last modified a resource, and when. */
public final class SystemData extends JsonModel {
  private String createdBy;
  private CreatedByType createdByType;
  private OffsetDateTime createdAt;
  private String lastModifiedBy;
  private CreatedByType lastModifiedByType;
  private OffsetDateTime lastModifiedAt;

  public String createdBy() {
    return createdBy;
  }

  public CreatedByType createdByType() {
    return createdByType;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String lastModifiedBy() {
    return lastModifiedBy;
  }

  public CreatedByType lastModifiedByType() {
    return lastModifiedByType;
  }

  public OffsetDateTime lastModifiedAt() {
    return lastModifiedAt;
  }

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
  protected void writeFields(JsonGenerator g, JsonWriteMode mode) throws IOException {
    if (createdBy != null) {
      g.writeStringField("createdBy", createdBy);
    }
    if (createdByType != null) {
      g.writeStringField("createdByType", createdByType.toString());
    }
    if (createdAt != null) {
      g.writeFieldName("createdAt");
      Json.writeDateTime(g, createdAt);
    }
    if (lastModifiedBy != null) {
      g.writeStringField("lastModifiedBy", lastModifiedBy);
    }
    if (lastModifiedByType != null) {
      g.writeStringField("lastModifiedByType", lastModifiedByType.toString());
    }
    if (lastModifiedAt != null) {
      g.writeFieldName("lastModifiedAt");
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
