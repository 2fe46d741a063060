package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.TypeRef;

/**
 * Reads a response header's text into its declared type: the inverse of {@link ParameterText}
 * (an array header is split at commas). Code for a text that is not null; a text that does not
 * parse throws, which the client core reports as a malformed response.
 */
final class HeaderValueCode {
  private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
  private static final ClassName RESPONSE_HEADERS = ClassName.get("io.armgen.runtime.arm", "ResponseHeaders");
  private static final ClassName RFC_1123 = ClassName.get("io.armgen.runtime.format", "Rfc1123DateTime");
  private static final ClassName UNIX_TIME = ClassName.get("io.armgen.runtime.format", "UnixTime");
  private static final ClassName DURATION_TEXT = ClassName.get("io.armgen.runtime.format", "DurationText");

  private final EmitContext context;

  HeaderValueCode(EmitContext context) {
    this.context = context;
  }

  /** The value of {@code text} (a String expression, not null) as {@code type}. */
  CodeBlock read(TypeRef type, CodeBlock text) {
    if (type instanceof TypeRef.ArrayOf array) {
      return CodeBlock.of("$T.stream($L.split(\",\", -1)).map(s -> $L).toList()", java.util.Arrays.class, text,
          read(array.items(), CodeBlock.of("s.trim()")));
    }
    if (type instanceof TypeRef.Named named && context.isEnum(named.name())) {
      return CodeBlock.of("$T.fromString($L)", context.names().model(named.name()), text);
    }
    if (!(type instanceof TypeRef.Primitive primitive)) {
      return text;
    }
    switch (primitive.kind()) {
      case INT32:
        return CodeBlock.of("$T.valueOf($L)", Integer.class, text);
      case INT64:
        return CodeBlock.of("$T.valueOf($L)", Long.class, text);
      case FLOAT:
        return CodeBlock.of("$T.valueOf($L)", Float.class, text);
      case DOUBLE:
        return CodeBlock.of("$T.valueOf($L)", Double.class, text);
      case DECIMAL:
        return CodeBlock.of("new $T($L)", java.math.BigDecimal.class, text);
      case BOOLEAN:
        return CodeBlock.of("$T.parseBoolean($L)", RESPONSE_HEADERS, text);
      case DATE:
        return CodeBlock.of("$T.parse($L)", java.time.LocalDate.class, text);
      case DATE_TIME:
        return CodeBlock.of("$T.parse($L)", java.time.OffsetDateTime.class, text);
      case DATE_TIME_RFC1123:
        return CodeBlock.of("$T.parse($L)", RFC_1123, text);
      case UNIX_TIME:
        return CodeBlock.of("$T.fromSeconds($T.parseLong($L))", UNIX_TIME, Long.class, text);
      case DURATION:
        return CodeBlock.of("$T.parse($L)", DURATION_TEXT, text);
      case UUID:
        return CodeBlock.of("$T.fromString($L)", java.util.UUID.class, text);
      case BYTES:
        return CodeBlock.of("$T.getDecoder().decode($L)", BASE64, text);
      case BASE64URL:
        return CodeBlock.of("$T.getUrlDecoder().decode($L)", BASE64, text);
      default:
        return text;
    }
  }
}
