package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Base of every generated model and of the runtime's ARM base types. Serialisation is by
 * streaming, without reflection: each class reads and writes its own fields and defers to its
 * superclass for inherited ones.
 *
 * <p>Subclasses override {@link #readField} (calling {@code super.readField} first) and
 * {@link #writeFields} (calling {@code super.writeFields} first).
 */
public abstract class JsonModel implements JsonWritable {

  /**
   * Reads the value of field {@code name}, leaving the parser on the value's last token.
   *
   * @param name the field name as it appears in the JSON
   * @param parser the parser, on the value's first token
   * @return false when the field is not known to this class (the caller skips it)
   * @throws IOException if the value does not fit the field ({@link JsonReadException}) or cannot be read
   */
  protected boolean readField(String name, JsonParser parser) throws IOException {
    return false;
  }

  /**
   * Writes this object's fields (not the surrounding braces). Generated overrides leave out
   * fields whose value is null and, with {@link JsonWriteMode#REQUEST}, read-only ones (except a
   * discriminator).
   *
   * @param writer where the fields go, inside an open object
   * @param mode which properties to write
   * @throws IOException if the writer fails
   */
  protected void writeFields(JsonWriter writer, JsonWriteMode mode) throws IOException {}

  /**
   * Checks what must hold before the model is sent: required properties are set, recursively.
   *
   * @throws IllegalArgumentException naming the first missing property
   */
  public void validate() {}

  @Override
  public final void toJson(JsonWriter writer, JsonWriteMode mode) throws IOException {
    writer.writeStartObject();
    writeFields(writer, mode);
    writer.writeEndObject();
  }

  /**
   * Fills {@code instance} from the object the parser is on; unknown fields are skipped. Generated
   * {@code fromJson} methods call this with a new instance.
   *
   * @param <T> the model type
   * @param parser the parser, on the object's first token (or before it: the next token is read)
   * @param instance the empty model to fill
   * @return {@code instance}, or {@code null} when the value is JSON {@code null}
   * @throws JsonReadException if the value is not an object, or a field does not fit
   * @throws IOException if the input cannot be read
   */
  protected static <T extends JsonModel> T readObject(JsonParser parser, T instance) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new JsonReadException("expected a JSON object for " + instance.getClass().getSimpleName()
          + " but found " + token, parser);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (!instance.readField(name, parser)) {
        parser.skipChildren();
      }
    }
    return instance;
  }

  /**
   * The full JSON of this model, read-only properties included ({@link JsonWriteMode#FULL}).
   * Secrets are not redacted here (generated {@code toString} methods do that), so do not log it.
   *
   * @return the JSON text
   */
  public String toJsonString() {
    return Json.writeString(this, JsonWriteMode.FULL);
  }
}
