package io.armgen.generator.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a client may send of an example's request body, decided by the spec's own JSON and not by
 * the generator's model (so a wrong read-only flag in the model cannot move the expectation with
 * it). Reads the Swagger files with Jackson, follows {@code $ref} (local and into other files),
 * {@code allOf}, {@code items} and {@code additionalProperties}, and drops every property whose
 * schema, or the {@code $ref} site naming it, says {@code readOnly: true}. A property flattened by
 * {@code x-ms-client-flatten} that is left empty by the removal is dropped too: the client has no
 * field of its own to send it from.
 */
final class SpecBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A schema node and the file it is in (for its {@code $ref}s). */
  record Schema(Path file, JsonNode node) {}

  private final Map<Path, JsonNode> documents = new HashMap<>();

  /** The {@code in: body} parameter's schema of {@code operationId} in {@code specFile}. */
  Schema bodySchema(Path specFile, String operationId) {
    Path file = specFile.toAbsolutePath().normalize();
    for (JsonNode pathItem : document(file).path("paths")) {
      for (JsonNode operation : pathItem) {
        if (!operationId.equals(operation.path("operationId").asText(null))) {
          continue;
        }
        for (JsonNode parameter : operation.path("parameters")) {
          Schema p = deref(new Schema(file, parameter));
          if ("body".equals(p.node().path("in").asText())) {
            return new Schema(p.file(), p.node().path("schema"));
          }
        }
        throw new NoSuchElementException(operationId + " in " + specFile + " has no body parameter");
      }
    }
    throw new NoSuchElementException("no operation " + operationId + " in " + specFile);
  }

  /** {@code value} without what {@code schema} marks read-only, at any depth. */
  JsonNode writable(JsonNode value, Schema schema) {
    Schema s = deref(schema);
    if (value.isArray() && s.node().has("items")) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(v -> copy.add(writable(v, new Schema(s.file(), s.node().get("items")))));
      return copy;
    }
    if (!value.isObject()) {
      return value;
    }
    Map<String, Schema> properties = properties(s);
    JsonNode additional = s.node().path("additionalProperties");
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    value.fields().forEachRemaining(field -> {
      Schema property = properties.get(field.getKey());
      if (property == null) {
        copy.set(field.getKey(), additional.isObject()
            ? writable(field.getValue(), new Schema(s.file(), additional)) : field.getValue());
        return;
      }
      if (readOnly(property)) {
        return;
      }
      JsonNode kept = writable(field.getValue(), property);
      boolean flattened = property.node().path("x-ms-client-flatten").asBoolean(false);
      if (!(flattened && kept.isObject() && kept.isEmpty() && !field.getValue().isEmpty())) {
        copy.set(field.getKey(), kept);
      }
    });
    return copy;
  }

  /** Own and inherited ({@code allOf}) properties, by wire name; an own property wins. */
  private Map<String, Schema> properties(Schema schema) {
    Schema s = deref(schema);
    Map<String, Schema> all = new LinkedHashMap<>();
    for (JsonNode parent : s.node().path("allOf")) {
      all.putAll(properties(new Schema(s.file(), parent)));
    }
    s.node().path("properties").fields().forEachRemaining(e -> all.put(e.getKey(), new Schema(s.file(), e.getValue())));
    return all;
  }

  /** True when the property site or any schema its {@code $ref}s lead to says {@code readOnly: true}. */
  private boolean readOnly(Schema property) {
    Schema s = property;
    for (int hops = 0; hops < 32; hops++) {
      if (s.node().path("readOnly").asBoolean(false)) {
        return true;
      }
      if (!s.node().has("$ref")) {
        return false;
      }
      s = follow(s);
    }
    throw new IllegalStateException("$ref chain too long at " + property);
  }

  private Schema deref(Schema schema) {
    Schema s = schema;
    for (int hops = 0; s.node().has("$ref"); hops++) {
      if (hops == 32) {
        throw new IllegalStateException("$ref chain too long at " + schema);
      }
      s = follow(s);
    }
    return s;
  }

  private Schema follow(Schema s) {
    String ref = s.node().get("$ref").asText();
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
    Path file = filePart.isEmpty() ? s.file() : s.file().resolveSibling(filePart).normalize();
    JsonNode target = document(file).at(pointer);
    if (target.isMissingNode()) {
      throw new NoSuchElementException(ref + " from " + s.file() + " points at nothing");
    }
    return new Schema(file, target);
  }

  private JsonNode document(Path file) {
    return documents.computeIfAbsent(file, f -> {
      try {
        return JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
