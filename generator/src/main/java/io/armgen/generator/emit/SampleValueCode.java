package io.armgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an example's JSON value into the Java expression that builds it with the generated typed
 * API: objects become {@code new X().withY(...)} chains (read-only properties skipped, flattened
 * ones read from their nested wire path, a polymorphic base replaced by the subtype its
 * discriminator names), enums their constants (or {@code fromString} for values the spec does not
 * list), lists {@code List.of}, maps {@code Map.of}, date-times {@code OffsetDateTime.parse}.
 */
final class SampleValueCode {
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName MAP = ClassName.get("java.util", "Map");
  private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
  private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
  /** Beyond this many entries {@code Map.of} has no overload. */
  private static final int MAP_OF_LIMIT = 10;

  private final EmitContext ctx;

  SampleValueCode(EmitContext ctx) {
    this.ctx = ctx;
  }

  /** The expression for {@code value} as a {@code type}; {@code null} for JSON null or a missing value. */
  CodeBlock of(TypeRef type, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return CodeBlock.of("null");
    }
    if (type instanceof TypeRef.Primitive p) {
      return primitive(p.kind(), value);
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return list(a.items(), value);
    }
    if (type instanceof TypeRef.MapOf m) {
      return map(m.values(), value);
    }
    if (type instanceof TypeRef.Named n && ctx.isEnum(n.name())) {
      return enumValue(ctx.enumType(n.name()).orElseThrow(), value);
    }
    if (type instanceof TypeRef.Named n && ctx.isObject(n.name())) {
      return object(ctx.object(n.name()).orElseThrow(), value);
    }
    // a runtime type (SystemData, ...) is only ever read-only; as free-form JSON it still compiles
    return untyped(value);
  }

  private CodeBlock primitive(TypeRef.PrimitiveKind kind, JsonNode v) {
    switch (kind) {
      case INT32:
        return CodeBlock.of("$L", v.asInt());
      case INT64:
        return CodeBlock.of("$LL", v.asLong());
      case FLOAT:
        return CodeBlock.of("$Lf", (float) v.asDouble());
      case DOUBLE:
        return CodeBlock.of("$L", doubleLiteral(v.asDouble()));
      case DECIMAL:
        return CodeBlock.of("new $T($L)", java.math.BigDecimal.class, DocText.literal(v.asText()));
      case BOOLEAN:
        return CodeBlock.of("$L", v.asBoolean());
      case DATE_TIME:
        return CodeBlock.of("$T.parse($L)", java.time.OffsetDateTime.class, DocText.literal(v.asText()));
      case DATE_TIME_RFC1123:
        return CodeBlock.of("$T.parse($L)", ClassName.get("io.armgen.runtime.format", "Rfc1123DateTime"), DocText.literal(v.asText()));
      case UNIX_TIME:
        return CodeBlock.of("$T.fromSeconds($LL)", ClassName.get("io.armgen.runtime.format", "UnixTime"), v.asLong());
      case DATE:
        return CodeBlock.of("$T.parse($L)", java.time.LocalDate.class, DocText.literal(v.asText()));
      case DURATION:
        return CodeBlock.of("$T.parse($L)", ClassName.get("io.armgen.runtime.format", "DurationText"), DocText.literal(v.asText()));
      case UUID:
        return CodeBlock.of("$T.fromString($L)", java.util.UUID.class, DocText.literal(v.asText()));
      case BYTES:
        return CodeBlock.of("$T.getDecoder().decode($L)", BASE64, DocText.literal(v.asText()));
      case BASE64URL:
        return CodeBlock.of("$T.getUrlDecoder().decode($L)", BASE64, DocText.literal(v.asText()));
      case ANY:
        return untyped(v);
      default:
        return CodeBlock.of("$L", DocText.literal(v.isTextual() ? v.asText() : v.toString()));
    }
  }

  private static String doubleLiteral(double d) {
    String s = Double.toString(d);
    return s.contains(".") || s.contains("E") || s.contains("N") || s.contains("I") ? s : s + ".0";
  }

  private CodeBlock list(TypeRef items, JsonNode v) {
    if (!v.isArray()) {
      return CodeBlock.of("$T.of($L)", LIST, of(items, v));
    }
    List<CodeBlock> elements = new ArrayList<>();
    boolean nulls = false;
    for (JsonNode item : v) {
      nulls |= item.isNull();
      elements.add(of(items, item));
    }
    // List.of rejects null elements
    return CodeBlock.of("$T.$L($L)", nulls ? ARRAYS : LIST, nulls ? "asList" : "of", CodeBlock.join(elements, ", "));
  }

  private CodeBlock map(TypeRef values, JsonNode v) {
    List<CodeBlock> entries = new ArrayList<>();
    boolean small = v.size() <= MAP_OF_LIMIT;
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNull()) {
        continue; // Map.of rejects null values; an absent key reads the same
      }
      entries.add(small ? CodeBlock.of("$L, $L", DocText.literal(e.getKey()), of(values, e.getValue()))
          : CodeBlock.of("$T.entry($L, $L)", MAP, DocText.literal(e.getKey()), of(values, e.getValue())));
    }
    return CodeBlock.of("$T.$L($L)", MAP, small ? "of" : "ofEntries", CodeBlock.join(entries, ", "));
  }

  private CodeBlock untyped(JsonNode v) {
    if (v.isObject()) {
      return map(TypeRef.of(TypeRef.PrimitiveKind.ANY), v);
    }
    if (v.isArray()) {
      return list(TypeRef.of(TypeRef.PrimitiveKind.ANY), v);
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToInt() ? CodeBlock.of("$L", v.asInt()) : CodeBlock.of("$LL", v.asLong());
    }
    if (v.isNumber()) {
      return CodeBlock.of("$L", doubleLiteral(v.asDouble()));
    }
    if (v.isBoolean()) {
      return CodeBlock.of("$L", v.asBoolean());
    }
    return CodeBlock.of("$L", DocText.literal(v.asText()));
  }

  private CodeBlock enumValue(EnumType type, JsonNode v) {
    ClassName cls = ctx.names().model(type.name());
    String text = v.asText();
    for (EnumType.EnumValue known : type.values()) {
      if (known.value().equals(text)) {
        return CodeBlock.of("$T.$L", cls, known.javaName());
      }
    }
    return CodeBlock.of("$T.fromString($L)", cls, DocText.literal(text));
  }

  private CodeBlock object(ObjectType declared, JsonNode v) {
    ObjectType type = subtypeFor(declared, v);
    ModelShape shape = new ModelShape(type, ctx);
    CodeBlock.Builder chain = CodeBlock.builder().add("new $T()", shape.className);
    for (ModelShape level : levels(shape)) {
      for (Property p : level.properties) {
        if (!ModelShape.hasSetter(p) || isDiscriminator(level, p)) {
          continue;
        }
        JsonNode value = at(v, p.wirePath());
        if (value != null && !value.isNull()) {
          // statements already indent continuation lines; each nested chain goes one step further
          chain.add("\n.$L($>$>$L$<$<)", level.setter(p), of(p.type(), value));
        }
      }
    }
    if (shape.base == ModelShape.Base.TRACKED_RESOURCE) {
      if (v.hasNonNull("location")) {
        chain.add("\n.withLocation($L)", DocText.literal(v.get("location").asText()));
      }
      if (v.path("tags").isObject()) {
        chain.add("\n.withTags($>$>$L$<$<)", map(TypeRef.of(TypeRef.PrimitiveKind.STRING), v.get("tags")));
      }
    }
    return chain.build();
  }

  /** The outermost generated ancestor first, so a chain reads like the JSON, then the type itself. */
  private static List<ModelShape> levels(ModelShape shape) {
    List<ModelShape> levels = new ArrayList<>(shape.ancestors());
    java.util.Collections.reverse(levels);
    levels.add(shape);
    return levels;
  }

  /** Constructors set the discriminator; it is never passed to a setter. */
  private static boolean isDiscriminator(ModelShape level, Property p) {
    return level.discriminator().map(d -> p.wirePath().equals(List.of(d))).orElse(false);
  }

  /** The descendant of {@code declared} that the value's discriminator names, else {@code declared}. */
  private ObjectType subtypeFor(ObjectType declared, JsonNode v) {
    ModelShape shape = new ModelShape(declared, ctx);
    Optional<String> d = shape.discriminator();
    if (d.isEmpty() || !v.path(d.get()).isTextual()) {
      return declared;
    }
    String value = v.get(d.get()).asText();
    return ctx.descendants(declared).stream()
        .filter(sub -> sub.discriminatorValue().map(value::equals).orElse(false))
        .findFirst().orElse(declared);
  }

  private static JsonNode at(JsonNode v, List<String> path) {
    JsonNode node = v;
    for (String key : path) {
      node = node == null ? null : node.get(key);
    }
    return node;
  }
}
