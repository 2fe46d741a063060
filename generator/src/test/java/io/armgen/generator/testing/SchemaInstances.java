package io.armgen.generator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Example instances of a spec's definitions, built from the spec's own JSON with a seeded random
 * choice of optional properties, enum values and array lengths, and never from armgen's model:
 * what a service could send for that schema. Values are in the one text form each format has
 * (date-times in UTC with seconds, durations under a day), so a model that reads and writes them
 * faithfully writes the same JSON.
 *
 * <p>It declines (empty) what a plain instance cannot stand for: a polymorphic type (its subtype
 * is chosen by value), {@code x-nullable}, a type or {@code $ref} it cannot resolve, a scalar
 * {@code type} next to {@code properties} (the schema contradicts itself), a required property
 * that nests deeper than {@value #MAX_DEPTH} levels (a recursive type), and a required flattened
 * object left empty. An optional flattened object is left out rather than sent empty: a client
 * holds its properties, not the object, so it cannot tell an empty one from none.
 */
public final class SchemaInstances {
  private static final int MAX_DEPTH = 6;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A schema node and the file its {@code $ref}s are relative to. */
  private record Site(Path file, JsonNode node) {}

  /** Thrown inside to abandon an instance; never leaves this class. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private final Map<Path, JsonNode> documents = new HashMap<>();
  private final Random random;

  /** Instances of specs read from disk. */
  public SchemaInstances(long seed) {
    this.random = new Random(seed);
  }

  /**
   * @param entry the spec file, whose text may exist only in memory (a fuzz mutant)
   * @param entryTree its JSON
   * @param seed the seed of every choice
   */
  public SchemaInstances(Path entry, JsonNode entryTree, long seed) {
    documents.put(entry.toAbsolutePath().normalize(), entryTree);
    this.random = new Random(seed);
  }

  /** An instance of the schema at {@code pointer} in {@code file}, or empty when it declines. */
  public Optional<JsonNode> of(Path file, String pointer) {
    try {
      JsonNode schema = document(file.toAbsolutePath().normalize()).at(pointer);
      if (schema.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(value(new Site(file.toAbsolutePath().normalize(), schema), 0));
    } catch (Decline declined) {
      return Optional.empty();
    }
  }

  private JsonNode value(Site site, int depth) {
    if (depth > MAX_DEPTH) {
      throw new Decline();
    }
    Site s = deref(site);
    JsonNode n = s.node();
    if (!n.isObject() || n.path("x-nullable").asBoolean(false) || polymorphic(s, 0)) {
      throw new Decline();
    }
    String type = n.path("type").isTextual() ? n.get("type").textValue() : "";
    if (n.has("enum")) {
      return enumValue(n, type);
    }
    boolean objectLike = n.has("properties") || n.has("allOf") || n.has("additionalProperties");
    if (objectLike && !type.isEmpty() && !type.equals("object")) {
      throw new Decline(); // a scalar type with properties: the schema contradicts itself
    }
    return switch (type) {
      case "object" -> object(s, depth);
      case "" -> objectLike ? object(s, depth) : NODES.textNode("any");
      case "array" -> array(s, depth);
      case "string" -> string(n.path("format").asText(""));
      case "integer" -> integer(n.path("format").asText(""));
      case "number" -> number(n.path("format").asText(""));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> throw new Decline();
    };
  }

  private JsonNode enumValue(JsonNode n, String type) {
    List<JsonNode> values = new ArrayList<>();
    n.get("enum").forEach(v -> {
      if (!v.isNull() && !v.isContainerNode()) {
        values.add(v);
      }
    });
    if (values.isEmpty()) {
      throw new Decline();
    }
    JsonNode v = values.get(random.nextInt(values.size()));
    return type.isEmpty() || type.equals("string") ? NODES.textNode(v.asText()) : v.deepCopy();
  }

  private JsonNode object(Site s, int depth) {
    Map<String, Site> properties = new LinkedHashMap<>();
    Set<String> required = new HashSet<>();
    collect(s, properties, required, 0);
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, Site> p : properties.entrySet()) {
      boolean mustHave = required.contains(p.getKey());
      if (!mustHave && random.nextInt(4) == 0) {
        continue;
      }
      try {
        JsonNode v = value(p.getValue(), depth + 1);
        if (flattened(p.getValue()) && v.isObject() && v.isEmpty()) {
          // a flattened object with no property set has no field of its own to write it from
          throw new Decline();
        }
        out.set(p.getKey(), v);
      } catch (Decline declined) {
        if (mustHave) {
          throw declined;
        }
      }
    }
    JsonNode additional = s.node().path("additionalProperties");
    if ((additional.isObject() || additional.asBoolean(false)) && random.nextBoolean()) {
      String key = "extra" + random.nextInt(100);
      if (!properties.containsKey(key)) {
        try {
          out.set(key, additional.isObject() ? value(new Site(s.file(), additional), depth + 1) : NODES.textNode("free"));
        } catch (Decline optional) {
          // an extra key is optional
        }
      }
    }
    return out;
  }

  private static boolean flattened(Site property) {
    return property.node().path("x-ms-client-flatten").asBoolean(false);
  }

  /** Own and allOf-inherited properties and required names. */
  private void collect(Site schema, Map<String, Site> properties, Set<String> required, int depth) {
    if (depth > MAX_DEPTH) {
      throw new Decline();
    }
    Site s = deref(schema);
    for (JsonNode parent : s.node().path("allOf")) {
      collect(new Site(s.file(), parent), properties, required, depth + 1);
    }
    s.node().path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), new Site(s.file(), e.getValue())));
    s.node().path("required").forEach(r -> required.add(r.asText()));
  }

  private JsonNode array(Site s, int depth) {
    JsonNode items = s.node().get("items");
    if (items == null || !items.isObject()) {
      throw new Decline();
    }
    ArrayNode out = NODES.arrayNode();
    int length = random.nextInt(3);
    for (int i = 0; i < length; i++) {
      out.add(value(new Site(s.file(), items), depth + 1));
    }
    return out;
  }

  private JsonNode string(String format) {
    return NODES.textNode(switch (format) {
      case "date-time" -> "2024-05-0" + (1 + random.nextInt(9)) + "T07:08:09Z";
      case "date-time-rfc1123" -> "Mon, 06 May 2024 07:08:09 GMT";
      case "date" -> "2024-05-0" + (1 + random.nextInt(9));
      case "duration" -> "PT" + (1 + random.nextInt(23)) + "H30M";
      case "uuid" -> "3f2504e0-4f89-11d3-9a0c-0305e82c330" + random.nextInt(10);
      case "byte", "binary", "file", "base64url" -> "AQID";
      default -> "text-" + random.nextInt(1000);
    });
  }

  private JsonNode integer(String format) {
    return switch (format) {
      case "int64" -> NODES.numberNode(10_000_000_000L + random.nextInt(1000));
      case "unixtime" -> NODES.numberNode(1_714_979_289L + random.nextInt(1000));
      default -> NODES.numberNode(random.nextInt(1000));
    };
  }

  private JsonNode number(String format) {
    return switch (format) {
      case "decimal" -> NODES.numberNode(new java.math.BigDecimal("3.25"));
      default -> NODES.numberNode(1.5);
    };
  }

  /** A discriminator on the schema or on any allOf ancestor, or a discriminator value of its own. */
  private boolean polymorphic(Site schema, int depth) {
    if (depth > MAX_DEPTH) {
      throw new Decline();
    }
    Site s = deref(schema);
    if (s.node().has("discriminator") || s.node().has("x-ms-discriminator-value")) {
      return true;
    }
    for (JsonNode parent : s.node().path("allOf")) {
      if (polymorphic(new Site(s.file(), parent), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private Site deref(Site site) {
    Site s = site;
    for (int hops = 0; s.node().has("$ref"); hops++) {
      if (hops == 16 || !s.node().get("$ref").isTextual()) {
        throw new Decline();
      }
      String ref = s.node().get("$ref").textValue();
      int hash = ref.indexOf('#');
      String filePart = hash < 0 ? ref : ref.substring(0, hash);
      if (filePart.contains(":")) {
        throw new Decline(); // a URL: never fetched
      }
      String pointer = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
      Path file = filePart.isEmpty() ? s.file() : s.file().resolveSibling(filePart).normalize();
      JsonNode target = document(file).at(pointer);
      if (target.isMissingNode()) {
        throw new Decline();
      }
      s = new Site(file, target);
    }
    return s;
  }

  private JsonNode document(Path file) {
    JsonNode cached = documents.get(file);
    if (cached != null) {
      return cached;
    }
    try {
      JsonNode read = Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : NODES.missingNode();
      documents.put(file, read);
      return read;
    } catch (IOException | RuntimeException unreadable) {
      throw new Decline();
    }
  }
}
