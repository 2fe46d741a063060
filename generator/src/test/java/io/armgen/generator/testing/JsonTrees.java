package io.armgen.generator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;

/** JSON tree views for comparing JSON that may write one value in more than one form. */
public final class JsonTrees {
  private JsonTrees() {}

  /** Date-time strings as instants, so that {@code ...00Z} equals {@code ...00+00:00}. */
  public static JsonNode datesAsInstants(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), datesAsInstants(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> copy.add(datesAsInstants(n)));
      return copy;
    }
    if (node.isTextual()) {
      try {
        return JsonNodeFactory.instance.textNode(OffsetDateTime.parse(node.asText()).toInstant().toString());
      } catch (RuntimeException notADate) {
        return node;
      }
    }
    return node;
  }
}
