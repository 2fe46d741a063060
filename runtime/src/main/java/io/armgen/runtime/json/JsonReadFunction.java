package io.armgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value from a parser positioned on its first token (or on {@code VALUE_NULL}, which
 * reads as {@code null}). Generated models expose one as {@code Model::fromJson}.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface JsonReadFunction<T> {
  /**
   * Reads the value and leaves the parser on its last token.
   *
   * @param parser the parser, on the value's first token
   * @return the value, or null for JSON null
   * @throws IOException if the value does not fit ({@link JsonReadException}) or cannot be read
   */
  T read(JsonParser parser) throws IOException;
}
