package io.armgen.runtime.json;

import java.io.IOException;

/** A value that writes itself as one JSON value. */
@FunctionalInterface
public interface JsonWritable {
  /**
   * Writes this value as exactly one JSON value.
   *
   * @param writer where to write, positioned where a value may go
   * @param mode whether read-only properties are left out ({@link JsonWriteMode#REQUEST}) or kept
   * @throws IOException if the writer fails
   */
  void toJson(JsonWriter writer, JsonWriteMode mode) throws IOException;
}
