package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value from a parser positioned on its first token (or on {@code VALUE_NULL}, which
 * reads as {@code null}). Generated models expose one as {@code Model::fromJson}.
 */
@FunctionalInterface
public interface JsonReadFunction<T> {
  T read(JsonParser parser) throws IOException;
}
