package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.TypeRef;

/**
 * Java expressions of type {@code io.armgen.runtime.json.JsonReadFunction<T>} that read a value of
 * a common-model type, e.g. {@code Foo::fromJson}, {@code Json::readString},
 * {@code p -> Json.readArray(p, Foo::fromJson)}.
 */
final class JsonReaderCode {
  static final ClassName JSON = ClassName.get("io.armgen.runtime.json", "Json");

  private JsonReaderCode() {}

  /** A read function for {@code type}; enums read through their {@code fromString}. */
  public static CodeBlock readFunction(TypeRef type, TypeNames names, java.util.function.Predicate<String> isEnum) {
    return readFunction(type, names, isEnum, 0);
  }

  private static CodeBlock readFunction(TypeRef type, TypeNames names, java.util.function.Predicate<String> isEnum, int depth) {
    String p = depth == 0 ? "p" : "p" + depth;
    if (type instanceof TypeRef.Primitive prim) {
      return CodeBlock.of("$T::$L", JSON, primitiveReader(prim.kind()));
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return CodeBlock.of("$L -> $T.readArray($L, $L)", p, JSON, p, readFunction(a.items(), names, isEnum, depth + 1));
    }
    if (type instanceof TypeRef.MapOf m) {
      return CodeBlock.of("$L -> $T.readMap($L, $L)", p, JSON, p, readFunction(m.values(), names, isEnum, depth + 1));
    }
    if (type instanceof TypeRef.Named n) {
      ClassName cls = names.model(n.name());
      if (isEnum.test(n.name())) {
        return CodeBlock.of("$L -> $T.fromString($T.readString($L))", p, cls, JSON, p);
      }
      return CodeBlock.of("$T::fromJson", cls);
    }
    return CodeBlock.of("$T::fromJson", ClassName.bestGuess(((TypeRef.Runtime) type).className()));
  }

  /** The name of the {@code Json.readXxx} method for a scalar kind. */
  public static String primitiveReader(TypeRef.PrimitiveKind kind) {
    switch (kind) {
      case INT32:
        return "readInteger";
      case INT64:
        return "readLong";
      case FLOAT:
        return "readFloat";
      case DOUBLE:
        return "readDouble";
      case DECIMAL:
        return "readDecimal";
      case BOOLEAN:
        return "readBoolean";
      case DATE_TIME:
        return "readDateTime";
      case DATE_TIME_RFC1123:
        return "readDateTimeRfc1123";
      case UNIX_TIME:
        return "readUnixTime";
      case DATE:
        return "readDate";
      case DURATION:
        return "readDuration";
      case UUID:
        return "readUuid";
      case BYTES:
        return "readBytes";
      case BASE64URL:
        return "readBase64Url";
      case ANY:
        return "readUntyped";
      default:
        return "readString";
    }
  }
}
