package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** A JSON value that does not fit the model it is read into. Names the line and column. */
public final class JsonReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was expected and what was found
   * @param parser the parser, whose current location is appended to the message; may be null
   */
  public JsonReadException(String message, JsonParser parser) {
    super(message + at(parser));
  }

  private static String at(JsonParser parser) {
    JsonLocation location = parser == null ? null : parser.currentTokenLocation();
    return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
