package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A value that writes itself as one JSON value. */
public interface JsonWritable {
  void toJson(JsonGenerator generator, JsonWriteMode mode) throws IOException;
}
