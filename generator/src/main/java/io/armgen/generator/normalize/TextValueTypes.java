package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.model.TypeRef.PrimitiveKind;

/**
 * The types of values that travel as text (path, query and header parameters, response headers)
 * where a format has a text form of its own: {@code date-time-rfc1123} and {@code unixtime} are
 * date-times sent as {@code Sun, 01 Jan 2012 01:01:01 GMT} and as seconds, not as the
 * {@link TypeMapper}'s text and number (which are what a JSON body carries until those formats
 * are read there too).
 */
final class TextValueTypes {
  private TextValueTypes() {}

  /** {@code mapped}, or the date-time kind a text value of {@code node}'s format has. */
  static DraftType of(JsonNode node, DraftType mapped) {
    String type = TypeMapper.textOf(node, "type");
    if ("array".equals(type) && mapped instanceof DraftType.Array array) {
      return new DraftType.Array(of(node.path("items"), array.items()));
    }
    String format = TypeMapper.textOf(node, "format");
    if ("string".equals(type) && "date-time-rfc1123".equals(format) && !node.has("enum")) {
      return DraftType.prim(PrimitiveKind.DATE_TIME_RFC1123);
    }
    if ("integer".equals(type) && "unixtime".equals(format) && !node.has("enum")) {
      return DraftType.prim(PrimitiveKind.UNIX_TIME);
    }
    return mapped;
  }
}
