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

  /**
   * A model, validated and written without its read-only properties when the body is made.
   *
   * @param model the model; read when the request is built, not now
   * @param contentType the {@code Content-Type}, such as {@value #APPLICATION_JSON}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static JsonContent of(JsonModel model, String contentType) {
    return new JsonContent(Objects.requireNonNull(model, "model"), model, contentType);
  }

  /**
   * A JSON value that is not a model (a string, number, array or map), written as it is.
   *
   * @param value the value; read when the request is built, not now
   * @param contentType the {@code Content-Type}, such as {@value #APPLICATION_JSON}
   * @return the content
   * @throws NullPointerException if an argument is null
   */
  public static JsonContent of(JsonWritable value, String contentType) {
    return new JsonContent(Objects.requireNonNull(value, "value"), null, contentType);
  }

  @Override
  public String contentType() {
    return contentType;
  }

  /**
   * Writes the value as UTF-8 JSON, validating a model first.
   *
   * @throws IllegalArgumentException if the model fails validation (a required property unset)
   */
  @Override
  public RequestBody body() {
    if (model != null) {
      model.validate();
    }
    return RequestBody.of(Json.writeBytes(value, JsonWriteMode.REQUEST));
  }
}
