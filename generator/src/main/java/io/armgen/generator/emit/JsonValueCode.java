package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.TypeRef;
import java.util.Map;

/**
 * Generated code that reads one value of a common-model type from a {@code JsonParser p} and writes
 * one to a {@code JsonWriter g} (the runtime's) under a {@code JsonWriteMode mode}.
 *
 * <p>Enums are written through {@code toString()}, the wire value. Enums whose wire type is a number
 * (or boolean) keep that value as text and are written back as a JSON number (boolean) — see
 * {@link ExpandableEnumWriter}.
 */
final class JsonValueCode {
  static final ClassName JSON = JsonReaderCode.JSON;
  static final ClassName WRITE_MODE = ClassName.get("io.armgen.runtime.json", "JsonWriteMode");
  static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName WRITER = ClassName.get("io.armgen.runtime.json", "JsonWriter");
  static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName READ_EXCEPTION = ClassName.get("io.armgen.runtime.json", "JsonReadException");

  private final EmitContext ctx;

  JsonValueCode(EmitContext ctx) {
    this.ctx = ctx;
  }

  /** An expression that reads a value of {@code type} from the parser named {@code parser}. */
  CodeBlock read(TypeRef type, String parser) {
    if (type instanceof TypeRef.Primitive prim) {
      return CodeBlock.of("$T.$L($L)", JSON, JsonReaderCode.primitiveReader(prim.kind()), parser);
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return CodeBlock.of("$T.readArray($L, $L)", JSON, parser, readFunction(a.items(), 1));
    }
    if (type instanceof TypeRef.MapOf m) {
      return CodeBlock.of("$T.readMap($L, $L)", JSON, parser, readFunction(m.values(), 1));
    }
    if (type instanceof TypeRef.Named n && ctx.isEnum(n.name())) {
      return CodeBlock.of("$T.fromString($T.readString($L))", ctx.names().model(n.name()), JSON, parser);
    }
    return CodeBlock.of("$T.fromJson($L)", ctx.names().of(type), parser);
  }

  /**
   * A {@code JsonReadFunction} for {@code type}. Lambda parameters are numbered by depth so they
   * never shadow the enclosing method's {@code p} (javac rejects that).
   */
  private CodeBlock readFunction(TypeRef type, int depth) {
    String p = "p" + depth;
    if (type instanceof TypeRef.Primitive prim) {
      return CodeBlock.of("$T::$L", JSON, JsonReaderCode.primitiveReader(prim.kind()));
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return CodeBlock.of("$L -> $T.readArray($L, $L)", p, JSON, p, readFunction(a.items(), depth + 1));
    }
    if (type instanceof TypeRef.MapOf m) {
      return CodeBlock.of("$L -> $T.readMap($L, $L)", p, JSON, p, readFunction(m.values(), depth + 1));
    }
    if (type instanceof TypeRef.Named n && ctx.isEnum(n.name())) {
      return CodeBlock.of("$L -> $L", p, read(type, p));
    }
    return CodeBlock.of("$T::fromJson", ctx.names().of(type));
  }

  /** Statements that write {@code value} (an expression known to be non-null) as one JSON value. */
  CodeBlock write(TypeRef type, CodeBlock value) {
    return write(type, value, 1);
  }

  private CodeBlock write(TypeRef type, CodeBlock value, int depth) {
    if (type instanceof TypeRef.Primitive prim) {
      return writePrimitive(prim.kind(), value);
    }
    if (type instanceof TypeRef.ArrayOf a) {
      String item = "item" + depth;
      return CodeBlock.builder()
          .addStatement("g.writeStartArray()")
          .beginControlFlow("for ($T $L : $L)", ctx.names().of(a.items()), item, value)
          .add(writeNullable(a.items(), CodeBlock.of("$L", item), depth + 1))
          .endControlFlow()
          .addStatement("g.writeEndArray()")
          .build();
    }
    if (type instanceof TypeRef.MapOf m) {
      String entry = "entry" + depth;
      TypeName entryType = ParameterizedTypeName.get(
          ClassName.get(Map.Entry.class), ClassName.get(String.class), ctx.names().of(m.values()));
      return CodeBlock.builder()
          .addStatement("g.writeStartObject()")
          .beginControlFlow("for ($T $L : $L.entrySet())", entryType, entry, value)
          .addStatement("g.writeFieldName($L.getKey())", entry)
          .add(writeNullable(m.values(), CodeBlock.of("$L.getValue()", entry), depth + 1))
          .endControlFlow()
          .addStatement("g.writeEndObject()")
          .build();
    }
    if (type instanceof TypeRef.Named n && ctx.isEnum(n.name())) {
      return writeEnum(ctx.enumType(n.name()).orElseThrow(), value);
    }
    return CodeBlock.builder().addStatement("$L.toJson(g, mode)", value).build();
  }

  /** Writes {@code value}, or JSON null when it is null (array items and map values may be). */
  CodeBlock writeNullable(TypeRef type, CodeBlock value, int depth) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("g.writeNull()")
        .nextControlFlow("else")
        .add(write(type, value, depth))
        .endControlFlow()
        .build();
  }

  private static CodeBlock writePrimitive(TypeRef.PrimitiveKind kind, CodeBlock value) {
    switch (kind) {
      case INT32:
      case INT64:
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return CodeBlock.builder().addStatement("g.writeNumber($L)", value).build();
      case BOOLEAN:
        return CodeBlock.builder().addStatement("g.writeBoolean($L)", value).build();
      case DATE_TIME:
        return CodeBlock.builder().addStatement("$T.writeDateTime(g, $L)", JSON, value).build();
      case DATE_TIME_RFC1123:
        return CodeBlock.builder().addStatement("$T.writeDateTimeRfc1123(g, $L)", JSON, value).build();
      case UNIX_TIME:
        return CodeBlock.builder().addStatement("$T.writeUnixTime(g, $L)", JSON, value).build();
      case DATE:
        return CodeBlock.builder().addStatement("$T.writeDate(g, $L)", JSON, value).build();
      case DURATION:
        return CodeBlock.builder().addStatement("$T.writeDuration(g, $L)", JSON, value).build();
      case UUID:
        return CodeBlock.builder().addStatement("$T.writeUuid(g, $L)", JSON, value).build();
      case BYTES:
        return CodeBlock.builder().addStatement("$T.writeBytes(g, $L)", JSON, value).build();
      case BASE64URL:
        return CodeBlock.builder().addStatement("$T.writeBase64Url(g, $L)", JSON, value).build();
      case ANY:
        return CodeBlock.builder().addStatement("$T.writeUntyped(g, $L, mode)", JSON, value).build();
      default:
        return CodeBlock.builder().addStatement("g.writeString($L)", value).build();
    }
  }

  /**
   * Enums hold their wire value as text. Numeric ones go back on the wire as numbers through
   * BigDecimal, which keeps the exact digits read (and rejects a non-numeric value loudly rather
   * than writing invalid JSON).
   */
  private static CodeBlock writeEnum(EnumType e, CodeBlock value) {
    switch (e.valueType()) {
      case INT32:
      case INT64:
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return CodeBlock.builder()
            .addStatement("g.writeNumber(new $T($L.toString()))", java.math.BigDecimal.class, value).build();
      case BOOLEAN:
        return CodeBlock.builder()
            .addStatement("g.writeBoolean($T.parseBoolean($L.toString()))", Boolean.class, value).build();
      default:
        return CodeBlock.builder().addStatement("g.writeString($L.toString())", value).build();
    }
  }
}
