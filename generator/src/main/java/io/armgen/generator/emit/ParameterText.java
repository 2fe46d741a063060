package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;

/**
 * The text a parameter value travels as in a path segment, query value or header: numbers and
 * booleans as Java prints them, dates as ISO 8601, date-times per their format (RFC 3339 with
 * seconds, RFC 1123, Unix seconds), durations as {@code P123DT22H14M12.011S}, bytes as base64 or
 * base64url, enums as their wire value, and arrays joined per {@code collectionFormat} (a null
 * element as the empty text). Code for a value that is not null.
 */
final class ParameterText {
  static final ClassName COLLECTION_FORMAT = ClassName.get("io.armgen.runtime.arm", "CollectionFormat");
  private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
  private static final ClassName DATE_TIME_TEXT = ClassName.get("io.armgen.runtime.format", "DateTimeText");
  private static final ClassName RFC_1123 = ClassName.get("io.armgen.runtime.format", "Rfc1123DateTime");
  private static final ClassName UNIX_TIME = ClassName.get("io.armgen.runtime.format", "UnixTime");
  private static final ClassName DURATION_TEXT = ClassName.get("io.armgen.runtime.format", "DurationText");

  private ParameterText() {}

  /** The text of {@code value} (an expression of {@code type}'s Java type, not null). */
  static CodeBlock of(TypeRef type, CodeBlock value, Parameter.CollectionFormat format) {
    if (type instanceof TypeRef.ArrayOf array) {
      CodeBlock element = element(array.items());
      return CodeBlock.of("$T.$L.join($L, $L)", COLLECTION_FORMAT, format == Parameter.CollectionFormat.MULTI
          ? "CSV" : format.name(), value, element);
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return scalar(primitive.kind(), value);
    }
    // enums (the only named types a text value can have) print their wire value
    return CodeBlock.of("$L.toString()", value);
  }

  /** A {@code Function<T, String>} for the elements of an array of {@code items}. */
  static CodeBlock element(TypeRef items) {
    if (items instanceof TypeRef.Primitive p && (p.kind() == TypeRef.PrimitiveKind.STRING
        || p.kind() == TypeRef.PrimitiveKind.ARM_ID || p.kind() == TypeRef.PrimitiveKind.SECRET_STRING)) {
      return CodeBlock.of("$T::valueOf", String.class);
    }
    return CodeBlock.of("v -> $L", of(items, CodeBlock.of("v"), Parameter.CollectionFormat.CSV));
  }

  private static CodeBlock scalar(TypeRef.PrimitiveKind kind, CodeBlock value) {
    switch (kind) {
      case STRING:
      case SECRET_STRING:
      case ARM_ID:
        return value;
      case DATE:
      case UUID:
        return CodeBlock.of("$L.toString()", value);
      case DECIMAL:
        return CodeBlock.of("$L.toPlainString()", value);
      case DATE_TIME:
        return CodeBlock.of("$T.format($L)", DATE_TIME_TEXT, value);
      case DATE_TIME_RFC1123:
        return CodeBlock.of("$T.format($L)", RFC_1123, value);
      case UNIX_TIME:
        return CodeBlock.of("$T.valueOf($T.toSeconds($L))", String.class, UNIX_TIME, value);
      case DURATION:
        return CodeBlock.of("$T.format($L)", DURATION_TEXT, value);
      case BYTES:
        return CodeBlock.of("$T.getEncoder().encodeToString($L)", BASE64, value);
      case BASE64URL:
        return CodeBlock.of("$T.getUrlEncoder().withoutPadding().encodeToString($L)", BASE64, value);
      default:
        return CodeBlock.of("$T.valueOf($L)", String.class, value);
    }
  }
}
