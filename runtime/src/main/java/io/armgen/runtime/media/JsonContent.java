package io.armgen.runtime.media;

import io.armgen.runtime.http.RequestBody;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonModel;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import java.util.Objects;

/**
 * A JSON request body: a model (validated, written without read-only properties) or any other JSON
 * value, under {@code application/json} or another JSON media type such as
 * {@code application/merge-patch+json}.
 */
public final class JsonContent implements RequestContent {
  /** The default JSON media type. */
  public static final String APPLICATION_JSON = "application/json";

  private final JsonWritable value;
  private final JsonModel model;
  private final String contentType;

  private JsonContent(JsonWritable value, JsonModel model, String contentType) {
    this.value = value;
    this.model = model;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
  }

  /** A model, validated when the body is written. */
  public static JsonContent of(JsonModel model, String contentType) {
    return new JsonContent(Objects.requireNonNull(model, "model"), model, contentType);
  }

  /** A JSON value that is not a model (a string, number, array or map), written as it is. */
  public static JsonContent of(JsonWritable value, String contentType) {
    return new JsonContent(Objects.requireNonNull(value, "value"), null, contentType);
  }

  @Override
  public String contentType() {
    return contentType;
  }

  @Override
  public RequestBody body() {
    if (model != null) {
      model.validate();
    }
    return RequestBody.of(Json.writeBytes(value, JsonWriteMode.REQUEST));
  }
}
