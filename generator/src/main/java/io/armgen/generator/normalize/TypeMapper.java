package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.Optional;

/**
 * Maps a schema to a {@link DraftType}: primitives by type/format, arrays, maps; objects and enums
 * are registered in the {@link SchemaTable} (inline ones under a synthesized name) and referenced
 * by identity.
 */
final class TypeMapper {
  private final LoadResult loaded;
  private final SchemaTable table;
  private final Reporter reporter;
  private final EnumReader enums;

  TypeMapper(LoadResult loaded, SchemaTable table, Reporter reporter) {
    this.loaded = loaded;
    this.table = table;
    this.reporter = reporter;
    this.enums = new EnumReader(reporter);
  }

  /** Scalar kind of a Swagger {@code type}/{@code format} pair; empty for object, array or unknown types. */
  static Optional<PrimitiveKind> primitive(String type, String format) {
    String f = format == null ? "" : format;
    switch (type) {
      case "string":
        return Optional.of(switch (f) {
          case "date-time" -> PrimitiveKind.DATE_TIME;
          case "date-time-rfc1123" -> PrimitiveKind.DATE_TIME_RFC1123;
          case "date" -> PrimitiveKind.DATE;
          case "duration" -> PrimitiveKind.DURATION;
          case "uuid" -> PrimitiveKind.UUID;
          case "byte", "binary", "file" -> PrimitiveKind.BYTES;
          case "base64url" -> PrimitiveKind.BASE64URL;
          case "password" -> PrimitiveKind.SECRET_STRING;
          case "arm-id" -> PrimitiveKind.ARM_ID;
          default -> PrimitiveKind.STRING;
        });
      case "integer":
        return Optional.of(switch (f) {
          case "int64" -> PrimitiveKind.INT64;
          case "unixtime" -> PrimitiveKind.UNIX_TIME;
          default -> PrimitiveKind.INT32;
        });
      case "number":
        return Optional.of(switch (f) {
          case "float" -> PrimitiveKind.FLOAT;
          case "decimal" -> PrimitiveKind.DECIMAL;
          default -> PrimitiveKind.DOUBLE;
        });
      case "boolean":
        return Optional.of(PrimitiveKind.BOOLEAN);
      case "file":
        return Optional.of(PrimitiveKind.BYTES);
      default:
        return Optional.empty();
    }
  }

  /**
   * The type of the schema at {@code site}.
   *
   * @param nameHint the name an inline object or enum gets (owner + property, PascalCase)
   */
  DraftType map(ResolvedRef site, String nameHint) {
    JsonNode node = site.node();
    if (!node.isObject()) {
      reporter.error("SCHEMA_INVALID", site.document(), site.pointer(), "a schema must be a JSON object");
      return DraftType.ANY;
    }
    JsonNode ref = node.get("$ref");
    if (ref != null) {
      return follow(site, ref);
    }
    return classify(site, nameHint, false);
  }

  /** The type of the schema a {@code $ref} leads to; ANY when it leads nowhere (the loader said so). */
  DraftType follow(ResolvedRef from, JsonNode ref) {
    if (!ref.isTextual()) {
      reporter.error("SCHEMA_INVALID", from.document(), Pointers.child(from.pointer(), "$ref"), "$ref must be a string");
      return DraftType.ANY;
    }
    Optional<ResolvedRef> target = loaded.resolve(from.document(), ref.textValue());
    return target.map(this::reference).orElse(DraftType.ANY);
  }

  /** The type of a schema reached by reference, registering it on first sight. */
  DraftType reference(ResolvedRef target) {
    SchemaId id = SchemaId.of(target);
    if (table.contains(id)) {
      return new DraftType.Ref(id);
    }
    if (!target.node().isObject()) {
      reporter.error("SCHEMA_INVALID", target.document(), target.pointer(), "a schema must be a JSON object");
      return DraftType.ANY;
    }
    return classify(target, nameOf(target), true);
  }

  /** The name a schema has by its place: the definition name, else its last pointer tokens. */
  static String nameOf(ResolvedRef site) {
    String pointer = site.pointer();
    if (Pointers.isTopLevelEntry(pointer, "definitions")) {
      return Pointers.lastToken(pointer);
    }
    String[] tokens = pointer.split("/");
    StringBuilder name = new StringBuilder();
    for (int i = Math.max(1, tokens.length - 3); i < tokens.length; i++) {
      if (!tokens[i].equals("properties") && !tokens[i].equals("definitions")) {
        name.append(JavaNames.pascal(tokens[i].replace("~1", "/").replace("~0", "~")));
      }
    }
    return name.toString();
  }

  private DraftType classify(ResolvedRef site, String name, boolean referenced) {
    JsonNode node = site.node();
    SchemaId id = SchemaId.of(site);
    String type = declaredType(site);
    if (node.has("enum") && !isValueFormat(type, textOf(node, "format"))) {
      table.put(enums.read(id, site, name, type));
      return new DraftType.Ref(id);
    }
    if (isObjectLike(node)) {
      table.addObject(new ObjectDraft(id, site, name, Reporter.locate(site.document(), site.pointer())));
      return new DraftType.Ref(id);
    }
    if (!referenced) {
      return structural(site, name, type);
    }
    // a named non-object schema becomes an alias; registered first so that self-references end
    table.put(new AliasDraft(id, site, DraftType.ANY));
    table.put(new AliasDraft(id, site, structural(site, name, type)));
    return new DraftType.Ref(id);
  }

  private DraftType structural(ResolvedRef site, String name, String type) {
    JsonNode node = site.node();
    if ("array".equals(type) || type == null && node.has("items")) {
      JsonNode items = node.get("items");
      if (items == null || !items.isObject()) {
        reporter.error("SCHEMA_INVALID", site.document(), site.pointer(), "an array schema needs an 'items' schema");
        return new DraftType.Array(DraftType.ANY);
      }
      return new DraftType.Array(map(child(site, "items"), name + "Item"));
    }
    if (type == null || "object".equals(type)) {
      return additionalProperties(site, name).map(v -> (DraftType) new DraftType.MapOf(v)).orElse(DraftType.ANY);
    }
    Optional<PrimitiveKind> kind = primitive(type, textOf(node, "format"));
    if (kind.isEmpty()) {
      reporter.error("SCHEMA_TYPE", site.document(), Pointers.child(site.pointer(), "type"), "unknown schema type '" + type + "'");
      return DraftType.ANY;
    }
    return DraftType.prim(kind.get());
  }

  /** The one value of {@code type} when it is a constant schema ({@link ConstantSchemas}). */
  Optional<ConstantSchemas.Constant> constant(DraftType type) {
    return ConstantSchemas.of(table, type);
  }

  /** The value type of {@code additionalProperties}; empty when absent or false. */
  Optional<DraftType> additionalProperties(ResolvedRef site, String ownerName) {
    JsonNode ap = site.node().get("additionalProperties");
    if (ap == null || ap.isBoolean() && !ap.booleanValue()) {
      return Optional.empty();
    }
    if (ap.isBoolean() || ap.isObject() && ap.isEmpty()) {
      return Optional.of(DraftType.ANY);
    }
    if (!ap.isObject()) {
      reporter.error("SCHEMA_INVALID", site.document(), Pointers.child(site.pointer(), "additionalProperties"),
          "additionalProperties must be a boolean or a schema");
      return Optional.empty();
    }
    return Optional.of(map(child(site, "additionalProperties"), ownerName + "Value"));
  }

  /**
   * Dates, date-times, durations and bytes keep their Java type even with an {@code enum}: the
   * values name instants or bytes, which text constants would compare wrongly
   * ({@code 0001-01-01t00:00:00+14:00} is {@code 0001-01-01T00:00:00+14:00}).
   */
  private static boolean isValueFormat(String type, String format) {
    return type != null && primitive(type, format).map(kind -> switch (kind) {
      case DATE_TIME, DATE_TIME_RFC1123, UNIX_TIME, DATE, DURATION, BYTES, BASE64URL -> true;
      default -> false;
    }).orElse(false);
  }

  /** An object with own properties, allOf or a discriminator gets a class; other objects are maps or ANY. */
  static boolean isObjectLike(JsonNode node) {
    JsonNode props = node.get("properties");
    boolean hasProperties = props != null && !(props.isObject() && props.isEmpty());
    return hasProperties || node.has("allOf") || node.has("discriminator");
  }

  /** The {@code type} keyword as text; null when absent or malformed (reported). */
  String declaredType(ResolvedRef site) {
    JsonNode type = site.node().get("type");
    if (type == null || type.isNull()) {
      return null;
    }
    if (!type.isTextual()) {
      reporter.error("SCHEMA_TYPE", site.document(), Pointers.child(site.pointer(), "type"),
          "'type' must be a string, found " + type.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      return null;
    }
    return type.textValue();
  }

  static ResolvedRef child(ResolvedRef site, String key) {
    return new ResolvedRef(site.document(), Pointers.child(site.pointer(), key), site.node().get(key));
  }

  static String textOf(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() ? v.textValue() : null;
  }
}
