package io.armgen.generator.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON tree views used to compare what a sample sent and got with its example. */
final class JsonTrees {
  private JsonTrees() {}

  /** Date-time strings as instants, so that {@code ...00Z} equals {@code ...00+00:00}. */
  static JsonNode datesAsInstants(JsonNode node) {
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

  /**
   * {@code value} without the read-only properties of {@code type}: what a client may send. An
   * example request that lists read-only fields documents them; a typed client leaves them out.
   */
  static JsonNode writable(JsonNode value, TypeRef type, Service service) {
    if (type instanceof TypeRef.ArrayOf a && value.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(v -> copy.add(writable(v, a.items(), service)));
      return copy;
    }
    if (type instanceof TypeRef.MapOf m && value.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      value.fields().forEachRemaining(e -> copy.set(e.getKey(), writable(e.getValue(), m.values(), service)));
      return copy;
    }
    if (!(type instanceof TypeRef.Named n) || !value.isObject()) {
      return value;
    }
    ObjectNode copy = value.deepCopy();
    for (Property p : properties(n.name(), service)) {
      if (p.readOnly()) {
        remove(copy, p.wirePath());
      } else {
        JsonNode inner = copy.at("/" + String.join("/", p.wirePath()));
        if (!inner.isMissingNode()) {
          put(copy, p.wirePath(), writable(inner, p.type(), service));
        }
      }
    }
    return copy;
  }

  private static List<Property> properties(String name, Service service) {
    List<Property> all = new ArrayList<>();
    Optional<ObjectType> type = service.objects().stream().filter(o -> o.name().equals(name)).findFirst();
    while (type.isPresent()) {
      all.addAll(type.get().properties());
      type = type.get().parent().filter(p -> p instanceof TypeRef.Named)
          .flatMap(p -> service.objects().stream().filter(o -> o.name().equals(((TypeRef.Named) p).name())).findFirst());
    }
    return all;
  }

  private static void remove(ObjectNode root, List<String> path) {
    JsonNode parent = root;
    for (int i = 0; i < path.size() - 1 && parent != null; i++) {
      parent = parent.get(path.get(i));
    }
    if (parent instanceof ObjectNode o) {
      o.remove(path.get(path.size() - 1));
      // an object left empty by the removal was only there for the read-only field
      if (o.isEmpty() && path.size() > 1) {
        remove(root, path.subList(0, path.size() - 1));
      }
    }
  }

  private static void put(ObjectNode root, List<String> path, JsonNode value) {
    JsonNode parent = root;
    for (int i = 0; i < path.size() - 1 && parent != null; i++) {
      parent = parent.get(path.get(i));
    }
    if (parent instanceof ObjectNode o) {
      o.set(path.get(path.size() - 1), value);
    }
  }
}
