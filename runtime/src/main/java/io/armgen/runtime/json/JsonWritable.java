package io.armgen.runtime.json;

import java.io.IOException;

/** A value that writes itself as one JSON value. */
@FunctionalInterface
public interface JsonWritable {
  void toJson(JsonWriter writer, JsonWriteMode mode) throws IOException;
}
